// The applicant's journey in Chinese: apply, upload, preview, submit, follow, withdraw; drafts that
// survive signing out; every measure's form; refused uploads and foreign requests.
import { MEASURES } from "../rules";
import { choose, FAKE_PDF, fillQualifyingC09, PASSWORD, PDF, registerEnterprise, saveDraft, signInWithForm, signOut, startApplication, upload, verifiedEnterprise, yesNo } from "./applicant-helpers";
import { DEMO, expect, loginAs, test } from "./fixtures";

test("an enterprise applies for the R&D increment award, previews ¥75,000.00, submits once with a double click and follows the case", async ({ page, browser }) => {
  await registerEnterprise(page);
  const caseId = await startApplication(page, "c09-rnd-increment");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("研发投入递增奖励");
  await fillQualifyingC09(page);
  await expect(page.getByText("= ¥11,500,000.00（1150万元）")).toBeVisible();

  // a text file named .pdf is refused next to its slot and nothing is kept
  const certificate = page.locator('[data-slot="qualification_certificate"]');
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "证书.pdf", FAKE_PDF);
  await expect(certificate.getByTestId("upload-error")).toHaveText(/文件类型不符：只接受 PDF、JPG、PNG 文件/);
  await expect(certificate.getByTestId("attachment")).toHaveCount(0);

  await upload(page, "研发投入统计报表", "研发投入统计报表.pdf", PDF);
  await expect(page.locator('[data-slot="rnd_statistics"]').getByTestId("attachment")).toContainText("研发投入统计报表.pdf");
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "高企证书.pdf", PDF);
  await expect(certificate.getByTestId("attachment")).toContainText("高企证书.pdf");
  await expect(certificate.getByTestId("upload-error")).toHaveCount(0);

  // 预审 on the form: the rules' ceiling, ¥ and 万元
  await page.getByRole("button", { name: "预审" }).click();
  const preview = page.getByTestId("preview");
  await expect(preview.getByTestId("decision-verdict")).toHaveText("符合政策条件");
  await expect(preview.getByTestId("decision-ceiling")).toContainText("¥75,000.00");
  await expect(preview.getByTestId("decision-ceiling")).toContainText("7.5万元");
  await expect(page.getByTestId("save-status")).toHaveText(/^已保存 \d{2}:\d{2}$/);

  // check your answers, each with a change link
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${caseId}/review$`));
  await expect(page.getByRole("heading", { name: "核对申报信息" })).toBeVisible();
  const answers = page.getByTestId("answers");
  await expect(answers.locator('[data-answer="rndThisYearFen"]')).toContainText("¥11,500,000.00（1150万元）");
  await expect(answers.locator('[data-answer="qualifications"]')).toContainText("高新技术企业");
  await expect(answers.getByRole("link", { name: "修改 本年度研发投入" })).toHaveAttribute("href", `/applicant/cases/${caseId}/edit#f-rndThisYearFen`);
  await expect(page.getByTestId("preview").getByTestId("decision-ceiling")).toContainText("¥75,000.00（7.5万元）");

  // the commitment must be ticked
  await page.getByTestId("submit-case").click();
  await expect(page.getByText("请勾选信用承诺后再提交")).toBeVisible();
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").dblclick();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${caseId}/submitted$`));
  const caseNo = (await page.getByTestId("case-no").textContent())!.trim();
  expect(caseNo).toMatch(/^WH-\d{4}-C09-\d{6}$/);
  await expect(page.getByTestId("lead-bureau")).toHaveText("已送市科技局审核");

  // my cases: one case, submitted, with its number and ceiling
  await page.goto("/applicant");
  const rows = page.getByTestId("case-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId("status-badge")).toHaveText("已提交");
  await expect(rows.first().getByTestId("row-case-no")).toHaveText(caseNo);
  await expect(rows.first()).toContainText("2025年度研发投入");
  await expect(rows.first()).toContainText("¥75,000.00");

  // the case page: submitted once (a double click made one submission), rules result, documents
  await rows.first().getByRole("link", { name: "研发投入递增奖励" }).click();
  await expect(page.getByTestId("case-no")).toHaveText(caseNo);
  await expect(page.getByTestId("timeline").getByText("提交申报", { exact: true })).toHaveCount(1);
  await expect(page.getByTestId("decision-ceiling")).toContainText("¥75,000.00");
  await expect(page.getByTestId("revision")).toHaveCount(1);
  const href = await page.getByTestId("download").first().getAttribute("href");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; /);
  expect((await file.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");

  // two unread: the submission's, and "单位认证已通过" from sign-up (the organisation was verified);
  // marking one read leaves one, marking all read clears the bell
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("通知，2条未读");
  await page.getByTestId("notification-bell").click();
  await expect(page.getByTestId("notification")).toHaveCount(2);
  await expect(page.getByTestId("notification").first()).toContainText(`申报 ${caseNo} 状态：已提交`);
  await page.getByRole("button", { name: /^标为已读/ }).first().click();
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("通知，1条未读");
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("通知");

  // a request from another site is refused; another organisation cannot download the file
  const foreign = await page.request.post(`/api/cases/${caseId}/attachments`, {
    headers: { Origin: "https://evil.example" }, multipart: { slot: "rnd_statistics", file: { name: "x.pdf", mimeType: "application/pdf", buffer: PDF } },
  });
  expect(foreign.status()).toBe(403);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await loginAs(otherPage, DEMO.enterprise);
  expect((await otherPage.request.get(href!)).status()).toBe(404);
  expect((await otherPage.goto(`/applicant/cases/${caseId}`))?.status()).toBe(404);
  await other.close();
});

test("an ineligible technology-contract application names the failing condition and clause, needs confirming, and can be withdrawn", async ({ page }) => {
  await verifiedEnterprise(page);
  const caseId = await startApplication(page, "c14-tech-contract");
  await page.getByLabel("申报事项名称").fill("向本地企业购买的技术开发合同");
  await choose(page, "合同类型", "技术开发合同");
  await yesNo(page, "合同是否已在技术合同登记机构备案", "是");
  await choose(page, "卖方（技术提供方）类型", "企业");
  await yesNo(page, "卖方是否在威海开展该项技术转移转化", "是");
  await yesNo(page, "本企业是否为科技型企业", "是");
  await page.getByLabel("实际支付金额").fill("1,000,000");
  await page.getByLabel("支付日期").fill("2025-06-30");
  await page.getByRole("button", { name: "预审" }).click();
  const preview = page.getByTestId("preview");
  await expect(preview.getByTestId("decision-verdict")).toHaveText("不符合政策条件");
  await expect(preview.getByText("卖方为企业，第14条只支持向高校院所购买的技术")).toBeVisible();
  await expect(preview.getByTestId("decision-ceiling")).toContainText("¥0.00");

  await upload(page, "技术合同文本", "合同.pdf", PDF);
  await expect(page.locator('[data-slot="contract"]').getByTestId("attachment")).toHaveCount(1);
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page.getByTestId("ineligible-warning")).toBeVisible();
  await expect(page.getByTestId("preview")).toContainText("第14条");
  await page.getByLabel("我单位作出信用承诺").check();

  // the warning must be confirmed; going back submits nothing
  await page.getByTestId("submit-case").click();
  const dialog = page.getByRole("dialog", { name: "提交前请确认" });
  await expect(dialog).toContainText("预审结果为不符合政策条件");
  await expect(dialog).toContainText("技术合同认定登记证明");
  await dialog.getByRole("button", { name: "返回检查" }).click();
  await expect(dialog).toBeHidden();
  await page.goto("/applicant");
  await expect(page.getByTestId("case-row").first().getByTestId("status-badge")).toHaveText("草稿");

  await page.goto(`/applicant/cases/${caseId}/review`);
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await page.getByRole("dialog", { name: "提交前请确认" }).getByRole("button", { name: "仍然提交" }).click();
  await expect(page).toHaveURL(new RegExp(`/submitted$`));
  await expect(page.getByTestId("case-no")).toHaveText(/^WH-\d{4}-C14-\d{6}$/);

  // withdraw before a decision, after confirming
  await page.getByRole("link", { name: "查看申报详情" }).click();
  await page.getByRole("button", { name: "撤回" }).click();
  const confirm = page.getByRole("dialog", { name: "撤回这份申报？" });
  await confirm.getByLabel("撤回原因（选填）").fill("合同主体不符，撤回");
  await confirm.getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByTestId("status-badge").first()).toHaveText("已撤回");
  await expect(page.getByTestId("timeline")).toContainText("撤回申报");
  await expect(page.getByTestId("timeline")).toContainText("合同主体不符，撤回");
  await expect(page.getByRole("button", { name: "撤回" })).toHaveCount(0);
});

test("a draft survives signing out, autosaves, and a colleague added on the profile page sees it", async ({ page }) => {
  const account = await verifiedEnterprise(page, "威海草稿保存测试有限公司");
  const caseId = await startApplication(page, "c16-innovation-contest");
  await page.getByLabel("申报事项名称").fill("第十四届中国创新创业大赛");
  await yesNo(page, "是否晋级中国创新创业大赛全国赛", "是");
  await saveDraft(page);

  // the profile: fixed identity, editable contact, a colleague added
  await page.getByRole("navigation").getByRole("link", { name: "单位信息" }).click();
  await expect(page.getByTestId("profile-credit-code")).toHaveText(account.code);
  await expect(page.getByTestId("profile-org-name")).toHaveText("威海草稿保存测试有限公司");
  await page.getByLabel("联系电话").fill("12345");
  await page.getByRole("button", { name: "保存联系方式" }).click();
  await expect(page.getByText("请填写有效的手机号或座机号")).toBeVisible();
  await page.getByLabel("联系电话").fill("0631-5201234");
  await page.getByRole("button", { name: "保存联系方式" }).click();
  await expect(page.getByText("联系方式已保存")).toBeVisible();
  const colleague = `colleague-${Date.now()}@example.com`;
  await page.getByLabel(/^姓名/).fill("同事甲");
  await page.getByLabel("邮箱（用于登录）").fill(colleague);
  await page.getByLabel("初始密码").fill("Colleague2026");
  await page.getByRole("button", { name: "添加同事账号" }).click();
  await expect(page.getByText(`已添加 ${colleague}`)).toBeVisible();
  await expect(page.getByTestId("org-users")).toContainText(colleague);

  await signOut(page);
  await signInWithForm(page, account.code);
  await page.getByTestId("case-row").getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${caseId}/edit$`));
  await expect(page.getByLabel("申报事项名称")).toHaveValue("第十四届中国创新创业大赛");
  await expect(page.getByRole("group", { name: "是否晋级中国创新创业大赛全国赛" }).getByLabel("是", { exact: true })).toBeChecked();

  // autosave: no click, the status turns to saved a few seconds after typing, and a reload keeps it
  await yesNo(page, "是否获得全国赛“优秀企业”称号", "否");
  await expect(page.getByTestId("save-status")).toHaveText("有未保存的修改，将自动保存");
  await expect(page.getByTestId("save-status")).toHaveText(/^已保存 \d{2}:\d{2}$/, { timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole("group", { name: "是否获得全国赛“优秀企业”称号" }).getByLabel("否", { exact: true })).toBeChecked();

  await signOut(page);
  await signInWithForm(page, colleague, "Colleague2026");
  await expect(page.getByTestId("case-row")).toHaveCount(1);
  await expect(page.getByTestId("case-row")).toContainText("第十四届中国创新创业大赛");
  expect(PASSWORD).not.toBe("Colleague2026");
});

test("every measure form an enterprise may use opens and saves a draft; the others refuse it on the apply page", async ({ page }) => {
  test.setTimeout(300_000);
  expect(MEASURES).toHaveLength(42);
  await verifiedEnterprise(page, "威海全事项表单测试有限公司");
  const admitted = MEASURES.filter((m) => (m.orgTypes as readonly string[]).includes("enterprise"));
  for (const m of MEASURES.filter((x) => !admitted.includes(x))) {
    await page.goto(`/applicant/apply/${m.id}`);
    await expect(page.getByTestId("org-type-warning"), m.id).toContainText("不在申报范围内，不能申报本事项");
    await expect(page.getByTestId("start-application"), m.id).toHaveCount(0);
  }
  for (const m of admitted) {
    await startApplication(page, m.id);
    await expect(page.getByRole("heading", { level: 1 }), m.id).toHaveText(m.title.zh);
    // facts other answers settle (c09's year end) are shown, not asked
    const asked = m.fields.filter((f) => !(m.derived && f.name in m.derived));
    await expect(page.locator("[data-field]"), m.id).toHaveCount(asked.length);
    await expect(page.locator("[data-derived]"), m.id).toHaveCount(m.fields.length - asked.length);
    await expect(page.locator("[data-slot]"), m.id).toHaveCount(m.documents.length);
    for (const f of asked) await expect(page.locator(`[data-field="${f.name}"]`), `${m.id} ${f.name}`).toContainText(f.zh);
    await page.getByLabel("申报事项名称").fill(`${m.title.zh} 测试`);
    await saveDraft(page);
  }
  await page.goto("/applicant");
  await expect(page.getByTestId("case-row")).toHaveCount(admitted.length);
});

test("opening an apply page leaves no draft behind; a draft is deleted after confirming, and leaves the list", async ({ page, browser, baseURL }) => {
  await verifiedEnterprise(page, "威海草稿删除测试有限公司");
  // the page as it is before it has hydrated (no JavaScript): the buttons that act in the browser
  // are disabled, since a click then would do nothing
  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await noJs.addCookies(await page.context().cookies());
  const raw = await noJs.newPage();
  await raw.goto("/applicant/apply/c09-rnd-increment");
  await expect(raw.getByTestId("start-application")).toBeDisabled();
  await page.goto("/applicant/apply/c09-rnd-increment");
  await expect(page.getByTestId("apply-quote")).toContainText("研发投入较上年度增长10%(含)以上且增量超过100万元的");
  await expect(page.getByTestId("start-application")).toBeVisible();
  await page.goto("/applicant");
  await expect(page.getByTestId("case-row")).toHaveCount(0);

  const id = await startApplication(page, "c09-rnd-increment");
  await page.getByLabel("申报事项名称").fill("2025年度研发投入");
  await saveDraft(page);
  await raw.goto(`/applicant/cases/${id}`);
  await expect(raw.getByTestId("discard-button")).toBeDisabled();
  await noJs.close();
  await page.goto(`/applicant/cases/${id}`);
  await expect(page.getByTestId("withdraw-button")).toHaveCount(0);
  await page.getByTestId("discard-button").click();
  const dialog = page.getByRole("dialog", { name: "删除这份草稿？" });
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toBeHidden();
  await page.getByTestId("discard-button").click();
  await dialog.getByRole("button", { name: "确认删除" }).click();
  await expect(page).toHaveURL(/\/applicant$/);
  await expect(page.getByTestId("case-row")).toHaveCount(0);
});

test("a returned case shows the reviewer's requests, is corrected and resubmitted as a new revision; the first stays readable", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await verifiedEnterprise(page, "威海退回重报测试有限公司");
  const id = await startApplication(page, "c09-rnd-increment");
  await fillQualifyingC09(page);
  await upload(page, "研发投入统计报表", "报表.pdf", PDF);
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "证书.pdf", PDF);
  await expect(page.getByTestId("attachment")).toHaveCount(2);
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await expect(page).toHaveURL(/\/submitted$/);

  // the review pages (another team's): reviewer A proposes a return with a fix list, B confirms
  const reviewer = async (email: string) => {
    const p = await (await browser.newContext()).newPage();
    await loginAs(p, email);
    await p.goto(`/review/cases/${id}`);
    return p;
  };
  const a = await reviewer(DEMO.reviewerA);
  await a.getByLabel("退回修改").check();
  // the form's fields and buttons are disabled until the page has hydrated, so these wait for it.
  // (No click-again loop: once the dialog is open it covers the button, and a second click would wait on it.)
  await a.getByLabel("需要补正的内容（每行一项）").fill("核对本年度研发投入金额\n补充统计报表盖章页");
  await a.getByLabel("审核理由").fill("研发投入与报表不一致");
  await a.getByRole("button", { name: "提交审核意见" }).click();
  await expect(a.getByRole("dialog", { name: "确认提交审核意见" })).toContainText("2 项需要补正");
  await a.getByRole("dialog", { name: "确认提交审核意见" }).getByRole("button", { name: "确认提交", exact: true }).click();
  await expect(a.getByTestId("awaiting-confirmation")).toBeVisible();
  const b = await reviewer(DEMO.reviewerB);
  await b.getByRole("button", { name: "确认退回修改" }).click();
  await b.getByRole("dialog", { name: "确认复核结果" }).getByRole("button", { name: "确认", exact: true }).click();
  await expect(b.getByTestId("status-badge").first()).toHaveText("已退回");

  // the applicant is told, sees what to fix, corrects it and resubmits
  await page.goto("/notifications");
  await expect(page.getByTestId("notification").first()).toContainText("状态：退回修改");
  await page.getByTestId("notification").first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${id}$`));
  await expect(page.getByTestId("status-badge").first()).toHaveText("退回修改");
  const request = page.getByTestId("return-request");
  await expect(request).toContainText("研发投入与报表不一致");
  await expect(request.getByRole("listitem")).toHaveText(["核对本年度研发投入金额", "补充统计报表盖章页"]);
  await page.getByTestId("edit-returned").click();
  await expect(page.getByTestId("return-request")).toContainText("补充统计报表盖章页");
  await page.getByLabel("本年度研发投入").fill("12000000");
  await upload(page, "研发投入统计报表", "报表盖章页.pdf", PDF);
  await expect(page.locator('[data-slot="rnd_statistics"]').getByTestId("attachment")).toHaveCount(2);
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page.getByTestId("preview").getByTestId("decision-ceiling")).toContainText("¥100,000.00");
  // each item of the fix list is answered before resubmitting
  await page.getByRole("textbox", { name: /核对本年度研发投入金额/ }).fill("已更正为 1200 万元");
  await page.getByRole("textbox", { name: /补充统计报表盖章页/ }).fill("已上传盖章页");
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByRole("button", { name: "重新提交" }).click();
  await expect(page).toHaveURL(/\/submitted$/);

  await page.getByRole("link", { name: "查看申报详情" }).click();
  await expect(page.getByTestId("status-badge").first()).toHaveText("已提交");
  await expect(page.getByTestId("return-request")).toHaveCount(0);
  await expect(page.getByTestId("timeline")).toContainText("修改后重新提交");
  const revisions = page.getByTestId("revision");
  await expect(revisions).toHaveCount(2);
  await revisions.nth(1).locator("summary").click();
  await expect(revisions.nth(1)).toContainText("第1次提交");
  await expect(revisions.nth(1)).toContainText("¥11,500,000.00");
  await expect(revisions.nth(0)).toContainText("第2次提交");
});
