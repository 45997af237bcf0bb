// Issue 15 §1 and §3: a signed-in applicant's calculator answers go to its profile, its home page
// recommends what it may get with the amount, one click from a prefilled draft; and 免申即享: an
// admin imports a government list (an xlsx built here), sees the rows that did not lead to an
// offer with the reason, and the applicant accepts its offer with one click into a submitted case.
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { signInWithForm, verifiedEnterprise, type Account } from "./applicant-helpers";
import { DEMO, expect, loginAs, newCreditCode, test } from "./fixtures";
import { shoot } from "./screenshots";

const DEMO_ENTERPRISE_CODE = "91371000MA3C8QXK1C";
const DEMO_UNIVERSITY_CODE = "123710004955710075";

test.describe.configure({ mode: "serial" });
let account: Account;

/** Answers the questions as a high-tech enterprise newly certified this year, R&D ¥800万 -> ¥950万. */
async function answerScreener(page: Page): Promise<string[]> {
  const asked: string[] = [];
  let answered = 2; // the organisation's type and registration are known
  const next = page.getByRole("button", { name: "下一题" });
  const money: Record<string, string> = {
    "figure:rndThisYearFen": "950万", "figure:rndPrevYearFen": "800万",
    "figure:salesY1Fen": "1000万", "figure:salesY2Fen": "1100万", "figure:salesY3Fen": "1300万",
  };
  for (let i = 0; i < 20; i++) {
    const q = page.getByTestId("screener-question");
    if (!(await q.isVisible())) break;
    const id = (await q.getAttribute("data-question"))!;
    asked.push(id);
    if (id === "gate:projects") await q.getByLabel("本年度新认定为高新技术企业").check();
    else if (id.startsWith("gate:")) await q.getByLabel("以上都没有").check();
    else if (id === "qualifications") {
      await q.getByLabel("国家高新技术企业").check();
      await q.getByLabel("规模以上企业（规上）").check();
    } else if (money[id]) await q.getByRole("textbox").fill(money[id]);
    else {
      await q.getByRole("button", { name: "跳过（不清楚）" }).click();
      continue;
    }
    await next.click();
    await expect(page.getByTestId("screener-progress")).toContainText(`已答 ${++answered} 题`);
  }
  return asked;
}

test("a signed-in applicant's answers go to its profile; its home page recommends with amounts, one click from a prefilled draft", async ({ page }) => {
  test.setTimeout(420_000);
  account = await verifiedEnterprise(page, "威海免申即享示范科技有限公司");
  await page.goto("/calculator");
  const asked = await answerScreener(page);
  expect(asked).toContain("gate:projects");
  await expect(page.getByTestId("screener-saved")).toHaveText("回答已保存到单位档案，新申报时会自动预填");

  // the profile shows what was answered, and lets the applicant change and clear it
  await page.goto("/applicant/profile");
  const facts = page.getByTestId("profile-facts");
  const rnd = facts.locator('[data-testid="profile-fact"][data-name="rndThisYearFen"]');
  await expect(rnd.getByTestId("profile-fact-value")).toHaveText("¥9,500,000.00（950万元）");
  await expect(rnd).toContainText("来源：政策计算器");
  const sales3 = facts.locator('[data-testid="profile-fact"][data-name="salesY3Fen"]');
  await sales3.getByRole("button", { name: "修改" }).click();
  await sales3.getByTestId("profile-fact-input").fill("很多");
  await sales3.getByRole("button", { name: "保存" }).click();
  await expect(sales3.getByRole("alert")).toBeVisible();
  await sales3.getByTestId("profile-fact-input").fill("1320万");
  await sales3.getByRole("button", { name: "保存" }).click();
  await expect(sales3.getByTestId("profile-fact-value")).toHaveText("¥13,200,000.00（1320万元）");
  await expect(sales3).toContainText("来源：本页修改");
  const finance = facts.locator('[data-testid="profile-fact"][data-name="gate:finance"]');
  await expect(finance).toHaveCount(1);
  await finance.getByRole("button", { name: "清除" }).click();
  await expect(finance).toHaveCount(0);
  await shoot(page, "offers-profile-facts");

  // the home page lists what it may get, with the amount
  await page.goto("/applicant");
  const recs = page.getByTestId("recommendations");
  const c09 = recs.locator('[data-testid="recommendation"][data-measure="c09-rnd-increment"]');
  const c17 = recs.locator('[data-testid="recommendation"][data-measure="c17-hte-growth"]');
  await expect(c09).toContainText("¥75,000.00");
  await expect(c17).toContainText("¥50,000.00");
  await shoot(page, "offers-home-recommendations");

  // one click: a draft with the known facts, and the form says which ones were prefilled
  await c09.getByTestId("start-prefilled").click();
  await page.waitForURL(/\/applicant\/cases\/[^/]+\/edit$/);
  const note = page.getByTestId("prefilled-note");
  await expect(note).toContainText("已根据单位档案预填");
  await expect(note).toContainText("本年度研发投入");
  await expect(page.getByLabel("本年度研发投入")).toHaveValue("9500000");
  await expect(page.getByLabel("上年度研发投入")).toHaveValue("8000000");
  // the year end is not asked: it follows from the fiscal year
  await expect(page.getByTestId("derived-eventDate")).toHaveText(`${new Date().getFullYear() - 1}年12月31日`);
  await shoot(page, "offers-prefilled-draft");

  // back home, the measure shows the draft instead of a second start
  await page.goto("/applicant");
  await expect(c09.getByTestId("rec-draft")).toHaveText("已有草稿，继续填写");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("recommendations")).toContainText("Support you may qualify for");
  await shoot(page, "offers-home-en");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("recommendations")).toContainText("您可能符合的政策");
});

async function c17List(code: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2026年新认定高新技术企业");
  ws.addRow(["统一社会信用代码", "单位名称", "近3年第1年销售收入（最早一年）（元）", "近3年第2年销售收入（元）", "近3年第3年销售收入（最近一年）（元）", "高新技术企业认定日期（证书发证日期）（YYYY-MM-DD）"]);
  ws.addRow([code, "威海免申即享示范科技有限公司", 10_000_000, 11_000_000, 13_000_000, "2026-11-20"]);
  ws.addRow([newCreditCode(), "未注册的企业", 10_000_000, 11_000_000, 13_000_000, "2026-11-20"]);
  ws.addRow([DEMO_UNIVERSITY_CODE, "威海滨海理工大学", 10_000_000, 11_000_000, 13_000_000, "2026-11-20"]);
  ws.addRow([DEMO_ENTERPRISE_CODE, "威海华锐智能装备有限公司", 10_000_000, 10_500_000, 11_000_000, "2026-11-20"]);
  ws.addRow(["91371000ABCDEFGH12", "代码有误的企业", "一千万", 1, 1, "2026-11-20"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("an admin imports a list, sees every row that led to no offer with the reason; the applicant accepts its offer with one click", async ({ page, browser }) => {
  test.setTimeout(420_000);
  expect(account, "the first test registered the enterprise").toBeTruthy();
  const ctx = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const admin = await ctx.newPage();
  try {
    await loginAs(admin, DEMO.admin);
    await admin.goto("/admin/offers");
    await expect(admin.getByRole("heading", { level: 1, name: "免申即享名单导入" })).toBeVisible();
    await expect(admin.getByTestId("import-columns")).toContainText("高新技术企业认定日期");
    // no file: told next to the field
    await admin.getByTestId("offer-import").click();
    await expect(admin.getByText("请选择名单文件")).toBeVisible();
    await admin.getByTestId("offer-file").setInputFiles({ name: "2026年新认定高新技术企业.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await c17List(account.code) });
    await admin.getByTestId("offer-import").click();
    const report = admin.getByTestId("import-report");
    await expect(report).toBeVisible({ timeout: 30_000 });
    await expect(admin.getByTestId("import-summary")).toHaveText("共 5 行：推送 1 家，未匹配 1 行，不符合条件 2 行，格式错误 1 行，其他 0 行");
    const rows = report.getByTestId("report-row");
    await expect(rows.nth(0)).toHaveAttribute("data-outcome", "offered");
    await expect(rows.nth(1)).toHaveAttribute("data-outcome", "unmatched");
    await expect(rows.nth(1)).toContainText("平台上没有以此统一社会信用代码注册的单位");
    await expect(rows.nth(2)).toHaveAttribute("data-outcome", "ineligible");
    await expect(rows.nth(3)).toHaveAttribute("data-outcome", "ineligible");
    await expect(rows.nth(3)).toContainText("复合增长率 4.8%，未达到 10%(含) 要求");
    await expect(rows.nth(4)).toHaveAttribute("data-outcome", "invalid");
    // the result downloads as a workbook with the same rows
    const href = await report.getByTestId("report-download").getAttribute("href");
    const res = await admin.request.get(href!);
    expect(res.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as never);
    expect(wb.worksheets[0].rowCount).toBe(6);
    expect(String(wb.worksheets[0].getRow(3).getCell(4).value)).toBe("未匹配");
    await shoot(admin, "offers-admin-report");
  } finally {
    await ctx.close();
  }

  // the applicant's home page shows the offer; accepting takes the signed commitment
  await signInWithForm(page, account.email);
  await page.goto("/applicant");
  const offer = page.getByTestId("offers").getByTestId("offer");
  await expect(offer).toHaveCount(1);
  await expect(offer.getByTestId("offer-amount")).toHaveText("¥50,000.00（5万元）");
  await shoot(page, "offers-home-offer");
  await offer.getByTestId("offer-accept").click();
  const dialog = page.getByTestId("offer-dialog");
  await expect(dialog).toContainText("¥10,000,000.00");
  await expect(dialog).toContainText("奖励将拨付至本单位账户");
  await page.getByRole("button", { name: "签署承诺并提交" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("请勾选信用承诺后再确认");
  await dialog.getByTestId("offer-commitment").check();
  await page.getByRole("button", { name: "签署承诺并提交" }).click();
  // the confirmation of any submitted application: its number and the bureau it went to
  await expect(page).toHaveURL(/\/applicant\/cases\/[^/]+\/submitted$/, { timeout: 30_000 });
  await expect(page.getByTestId("case-no")).toHaveText(/^WH-\d{4}-C17-\d{6}$/);
  await expect(page.getByTestId("lead-bureau")).toContainText("市科技局");
  // the offer is gone from the home page, and the case is in the list as submitted
  await page.goto("/applicant");
  await expect(page.getByTestId("offers")).toHaveCount(0);
  await expect(page.locator('[data-testid="case-row"][data-status="submitted"]')).toHaveCount(1);
});
