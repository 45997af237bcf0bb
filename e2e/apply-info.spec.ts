// Issue 15 §2 and §3: everything is told before the form (conditions, documents with templates,
// time limits, the bureau's contact, whether this organisation may apply), and answers that
// contradict each other are refused next to the field, in the browser and by the server.
import { fillQualifyingC09, registerEnterprise, saveDraft, startApplication, yesNo } from "./applicant-helpers";
import { sql } from "./e2e-db";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { shoot } from "./screenshots";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("an enterprise sees conditions, documents with templates that download, time limits and the bureau's contact before it starts", async ({ page }) => {
  await loginAs(page, DEMO.enterprise);
  await page.goto("/applicant/apply/c17-hte-cultivation-agency");
  await expect(page.getByTestId("admitted")).toHaveAttribute("data-admitted", "yes");
  await expect(page.getByTestId("admitted")).toContainText("可以申报：贵单位类型为“企业”");
  await expect(page.getByTestId("apply-quote")).toContainText("对开展高新技术企业认定培育的机构");
  await expect(page.getByTestId("conditions")).toContainText("须在威海市注册，未列入严重失信名单");
  await expect(page.getByTestId("conditions")).toContainText("须在政策有效期 2023年7月13日 至 2028年7月12日 之内");

  // documents: each one required, the lists the applicant writes with a template
  const materials = page.getByTestId("materials");
  await expect(materials.locator("[data-document]")).toHaveCount(3);
  const templates = materials.getByTestId("template-link");
  await expect(templates).toHaveCount(2);
  await expect(templates.first()).toContainText("下载模板：服务企业清单");
  await expect(templates.first()).toHaveAttribute("download", "服务企业清单.xlsx");
  for (const href of await templates.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()["content-type"], href).toContain(XLSX);
    expect((await res.body()).subarray(0, 2).toString("latin1"), href).toBe("PK"); // a zip: a real workbook
  }
  // a download as a person does it
  const [download] = await Promise.all([page.waitForEvent("download"), templates.first().click()]);
  expect(download.suggestedFilename()).toBe("服务企业清单.xlsx");

  // time limits: the round's window and each stage in working days
  await expect(page.getByTestId("round-window")).toContainText(/^申报批次“.+”：.+至.+。$/);
  const stages = page.getByTestId("stage-limits");
  await expect(stages).toContainText(/受理审核：提交后 \d+ 个工作日内由市科技局提出审核意见/);
  await expect(stages).toContainText(/复核：审核意见提出后 \d+ 个工作日内/);
  await expect(stages).toContainText(/公示：复核通过后公示 \d+ 个工作日/);
  await expect(page.getByTestId("time-limits")).toContainText(/退回修改：如被退回，须在 \d+ 个工作日内/);

  // the lead bureau's contact (the demo seed's)
  const contact = page.getByTestId("bureau-contact");
  await expect(contact).toContainText("市科技局");
  await expect(contact.getByRole("link", { name: /^0631-52\d{5}$/ })).toHaveAttribute("href", /^tel:063152\d{5}$/);
  await expect(contact.getByRole("link", { name: "sci-tech@demo.weihai.gov.cn" })).toHaveAttribute("href", "mailto:sci-tech@demo.weihai.gov.cn");
  await expect(page.getByTestId("start-application")).toBeVisible();
  await shoot(page, "apply-info-c17-zh");

  // a PDF template (the SME declaration of c25)
  await page.goto("/applicant/apply/c25-ip-pledge-interest");
  const pdf = page.getByTestId("template-link");
  await expect(pdf).toHaveAttribute("download", "中小微企业声明.pdf");
  const res = await page.request.get((await pdf.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");
  expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // in English
  await page.context().addCookies([{ name: "locale", value: "en", url: new URL(page.url()).origin }]);
  await page.goto("/applicant/apply/c17-hte-cultivation-agency");
  await expect(page.getByTestId("admitted")).toContainText("Yes: your organisation is");
  await expect(page.getByTestId("materials").getByTestId("template-link").first()).toContainText("Download the template: List of enterprises served");
  await expect(page.getByTestId("stage-limits")).toContainText(/within \d+ working days of submission/);
  await expect(page.getByTestId("bureau-contact")).toContainText("Science and Technology");
  await shoot(page, "apply-info-c17-en");
});

test("a university is told plainly which measures it may apply for and which not, and why", async ({ page }) => {
  await loginAs(page, DEMO.university);
  await page.goto("/applicant/apply/c09-rnd-increment");
  await expect(page.getByTestId("admitted")).toHaveAttribute("data-admitted", "no");
  await expect(page.getByTestId("admitted")).toContainText("不能申报：本事项的申报主体为 企业，贵单位类型为“高等院校”，不在其中（政策第9条）");
  await expect(page.getByTestId("start-application")).toHaveCount(0);
  // still told everything else: what the measure asks, and whom to ask
  await expect(page.getByTestId("materials")).toContainText("研发投入统计报表");
  await expect(page.getByTestId("bureau-contact")).toContainText("市科技局");
  await shoot(page, "apply-info-c09-university-zh");

  await page.goto("/applicant/apply/c01-national-key-lab");
  await expect(page.getByTestId("admitted")).toHaveAttribute("data-admitted", "yes");
  await expect(page.getByTestId("admitted")).toContainText("可以申报：贵单位类型为“高等院校”");
  await expect(page.getByTestId("start-application")).toBeVisible();
});

test("an admin keeps a bureau's contact: a bad email is refused next to the field; an empty contact shows '联系方式未登记'", async ({ page, browser }) => {
  const [before] = await sql<{ contactPhone: string | null; contactEmail: string | null; addressZh: string | null; addressEn: string | null }>(
    `SELECT "contactPhone", "contactEmail", "addressZh", "addressEn" FROM "Bureau" WHERE id = 'market-regulation'`);
  try {
    await loginAs(page, DEMO.admin);
    await page.goto("/admin/bureaus");
    const form = page.locator('[data-testid="bureau-form"][data-bureau="market-regulation"]');
    await form.getByLabel("咨询邮箱").fill("not-an-email");
    await form.getByRole("button", { name: "保存联系方式" }).click();
    await expect(form.locator("#market-regulation-contactEmail-error")).toHaveText("请填写有效的邮箱地址");
    const [still] = await sql<{ contactEmail: string | null }>(`SELECT "contactEmail" FROM "Bureau" WHERE id = 'market-regulation'`);
    expect(still.contactEmail).toBe(before.contactEmail);
    await shoot(page, "admin-bureaus-zh");

    for (const label of ["咨询电话", "咨询邮箱", "办公地址（中文）", "办公地址（英文）"]) await form.getByLabel(label).fill("");
    await form.getByRole("button", { name: "保存联系方式" }).click();
    await expect(form.getByRole("status")).toContainText("已保存");
    const audit = await sql<{ action: string }>(`SELECT action FROM "AuditEvent" WHERE action = 'bureau_contact_update' AND data->>'bureauId' = 'market-regulation'`);
    expect(audit.length).toBeGreaterThan(0);

    const ctx = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const applicant = await ctx.newPage();
    await loginAs(applicant, DEMO.enterprise);
    await applicant.goto("/applicant/apply/c25-ip-valuation-fee");
    await expect(applicant.getByTestId("bureau-contact-missing")).toHaveText("联系方式未登记");
    await ctx.close();
  } finally {
    await sql(`UPDATE "Bureau" SET "contactPhone" = $1, "contactEmail" = $2, "addressZh" = $3, "addressEn" = $4 WHERE id = 'market-regulation'`,
      [before.contactPhone, before.contactEmail, before.addressZh, before.addressEn]);
  }
});

test("the year is asked once; answers that contradict each other are refused next to the field, in the form and by the server", async ({ page }) => {
  test.setTimeout(240_000); // a new enterprise is registered and verified first
  await registerEnterprise(page, "威海一致性校验科技有限公司");
  const id = await startApplication(page, "c09-rnd-increment");
  // c09: no year-end question; the year end and the subject follow from the year
  await expect(page.getByLabel("年度截止日（该年12月31日）")).toHaveCount(0);
  await fillQualifyingC09(page);
  await expect(page.getByTestId("derived-eventDate")).toHaveText("2025年12月31日");
  await page.getByLabel("研发投入所属年度").fill("2024");
  await expect(page.getByTestId("derived-eventDate")).toHaveText("2024年12月31日");
  await expect(page.getByLabel("申报事项名称")).toHaveValue("2024年度研发投入");
  await page.getByLabel("研发投入所属年度").fill("2025");
  await expect(page.getByLabel("申报事项名称")).toHaveValue("2025年度研发投入");
  await saveDraft(page);
  await shoot(page, "c09-form-year-once-zh");

  // a draft saved before the year end was derived (fiscal year 2025, year end 2023-12-31): check-your-answers
  // names the contradiction next to the year, and submit is refused
  await sql(`UPDATE "Case" SET facts = jsonb_set(facts, '{eventDate}', '"2023-12-31"') WHERE id = $1`, [id]);
  await page.goto(`/applicant/cases/${id}/review`);
  const year = page.locator('[data-answer="fiscalYear"]');
  await expect(year.getByTestId("answer-problem")).toHaveText("「年度截止日（该年12月31日）」应为 2025年12月31日（由「研发投入所属年度」得出），填报的是 2023年12月31日");
  await page.locator("#commitment").check();
  await page.getByTestId("submit-case").click();
  // no documents and an ineligible preview: the applicant confirms, then the server refuses the answers
  await page.getByRole("button", { name: "仍然提交" }).click();
  await expect(page.getByTestId("submit-error")).toContainText("研发投入所属年度");
  const [row] = await sql<{ status: string }>(`SELECT status FROM "Case" WHERE id = $1`, [id]);
  expect(row.status).toBe("draft");
  await shoot(page, "c09-review-inconsistent-zh");
  // opening the form again puts the year end right: the next save stores 2025-12-31
  await page.goto(`/applicant/cases/${id}/edit`);
  await expect(page.getByTestId("derived-eventDate")).toHaveText("2025年12月31日");

  // c25: a contract signed after the interest was paid is refused in the browser, next to the field
  await startApplication(page, "c25-ip-pledge-interest");
  await page.getByLabel("申报事项名称").fill("知识产权质押贷款贴息");
  await yesNo(page, "是否中小微企业", "是");
  await page.getByLabel("知识产权质押贷款本金").fill("1000万");
  await page.getByLabel("贷款合同签订日期").fill("2025-07-01");
  await page.getByLabel("本年度计息天数").fill("100");
  await page.getByLabel("本年度实际支付利息").fill("30万");
  await page.getByLabel(/^付息日期/).fill("2025-06-30");
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.locator("#f-contractDate-error")).toHaveText("贷款合同签订日期 2025年7月1日 晚于付息日期 2025年6月30日：先签合同，后付利息，请核对");
  await expect(page).toHaveURL(/\/edit$/);
  // the server refuses the same answers at save
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByTestId("save-status")).toContainText("保存失败");
  await expect(page.locator("#f-contractDate-error")).toContainText("晚于付息日期");
  await shoot(page, "c25-form-inconsistent-zh");
  await page.getByLabel("贷款合同签订日期").fill("2025-03-01");
  await saveDraft(page);
  await expect(page.locator("#f-contractDate-error")).toHaveCount(0);
});
