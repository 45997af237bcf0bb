import type { Page } from "@playwright/test";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { openQuickCalculatorAsHte } from "./calculator-helpers";
import { shoot } from "./screenshots";

test("a visitor reads the policy clause by clause", async ({ page }) => {
  await page.goto("/policy");
  await expect(page.getByRole("heading", { level: 1, name: "政策原文" })).toBeVisible();
  const c9 = page.getByTestId("clause-9");
  await expect(c9.getByRole("heading", { name: "第9条　引导企业加大研发投入" })).toBeVisible();
  await expect(c9).toContainText("研发投入较上年度增长10%(含)以上且增量超过100万元的");
  await expect(c9.getByRole("link", { name: "研发投入递增奖励" })).toHaveAttribute("href", "/measures/c09-rnd-increment");
  // all 32 clauses, and the city's own programmes say there is nothing to apply for
  await expect(page.locator("article[id^=clause-]")).toHaveCount(32);
  await expect(page.getByTestId("clause-2").getByTestId("no-application")).toBeVisible();
  await page.getByRole("navigation", { name: "目录" }).getByRole("link", { name: /^9\. / }).click();
  await expect(page).toHaveURL(/#clause-9$/);
  await shoot(page, "policy");
});

test("a visitor filters the measures by organisation type", async ({ page }) => {
  await page.goto("/measures");
  await expect(page.getByTestId("measure-count")).toHaveText("找到 42 项");
  await page.getByLabel("单位类型").selectOption("bank");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/org=bank/);
  const rows = page.locator("[data-testid^=measure-row-]");
  await expect(rows.filter({ hasText: "c24-bank-risk-subsidy" })).toHaveCount(1);
  // every bank measure is one a bank may apply for
  for (const text of await rows.allInnerTexts()) expect(text).toContain("银行");
  await page.getByLabel("关键词").fill("不存在的事项");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByTestId("empty-state")).toContainText("没有符合条件的事项");
});

test("a visitor opens a measure page", async ({ page }) => {
  await page.goto("/measures/c09-rnd-increment");
  await expect(page.getByRole("heading", { level: 1, name: "研发投入递增奖励" })).toBeVisible();
  await expect(page.getByTestId("measure-quote")).toContainText("按不超过增量5%的比例给予补助");
  await expect(page.getByTestId("apply-link")).toHaveAttribute("href", "/applicant/apply/c09-rnd-increment");
  await expect(page.getByRole("link", { name: "阅读第9条全文" })).toHaveAttribute("href", "/policy#clause-9");
  await expect(page.getByTestId("round-info")).toContainText("正在受理");
  await shoot(page, "measure-c09");
  expect((await page.goto("/measures/no-such-measure"))?.status()).toBe(404);
});

/** Answers the screener's questions for a high-tech enterprise above designated size, R&D ¥800万 -> ¥950万. */
async function answerAsHteManufacturer(page: Page): Promise<string[]> {
  const asked: string[] = [];
  const next = page.getByRole("button", { name: "下一题" });
  for (let i = 0; i < 15; i++) {
    const q = page.getByTestId("screener-question");
    if (!(await q.isVisible())) break;
    const id = (await q.getAttribute("data-question"))!;
    asked.push(id);
    if (id === "orgType") await q.getByLabel("企业", { exact: true }).check();
    else if (id === "registeredInCity") await q.getByLabel("是", { exact: true }).check();
    else if (id.startsWith("gate:")) await q.getByLabel("以上都没有").check();
    else if (id === "qualifications") {
      await q.getByLabel("国家高新技术企业").check();
      await q.getByLabel("规模以上企业（规上）").check();
    } else if (id === "figure:rndThisYearFen") {
      // a wrong amount is reported next to the field and changes nothing
      await q.getByRole("textbox").fill("一千万");
      await next.click();
      await expect(q.getByRole("alert")).toHaveText("请输入不小于 0 的金额，例如 950000、95万 或 1.2亿");
      await expect(q).toHaveAttribute("data-question", id);
      await q.getByRole("textbox").fill("950万");
      await expect(q).toContainText("即 ¥9,500,000.00（950万元）");
    } else if (id === "figure:rndPrevYearFen") await q.getByRole("textbox").fill("800万");
    else throw new Error(`unexpected question ${id}`);
    await next.click();
    await expect(page.getByTestId("screener-progress")).toContainText(`已答 ${asked.length} 题`);
  }
  return asked;
}

test("a visitor answers the calculator's questions in Chinese, then reads the result in English", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/calculator");
  await expect(page.getByRole("heading", { level: 1, name: "政策计算器" })).toBeVisible();
  await expect(page.getByTestId("screener-progress")).toHaveText("已答 0 题 · 已确定 0/42 项 · 待定 42 项");
  // a gate question needs an answer: something ticked or "none of these"
  const asked = await answerAsHteManufacturer(page);
  // the question that settles the most comes first; the shared facts are asked once each
  expect(asked.slice(0, 2)).toEqual(["orgType", "registeredInCity"]);
  expect(new Set(asked).size).toBe(asked.length);
  expect(asked.length).toBeLessThanOrEqual(12);
  await expect(page.getByTestId("screener-done")).toContainText("问答完成：所有事项都已确定");
  await expect(page.getByTestId("screener-progress")).toContainText("已确定 42/42 项 · 待定 0 项");

  const likely = page.getByTestId("group-likely");
  const c09 = likely.getByTestId("result-c09-rnd-increment");
  await expect(c09.getByTestId("estimate")).toHaveText("估算金额：¥75,000.00（7.5万元）");
  await expect(c09).toContainText("研发投入增长 18.7%，达到 10% 要求（第9条）");
  await expect(c09.getByRole("link", { name: "申请" })).toHaveAttribute("href", "/applicant/apply/c09-rnd-increment");
  // a platform award not ticked is settled with the reason, a bank measure is not for an enterprise
  const notEligible = page.getByTestId("group-not_eligible");
  await expect(notEligible.getByTestId("result-c01-national-key-lab")).toContainText("未选择“获批全国重点实验室（牵头或参与创建）”（第1条）");
  await expect(notEligible.getByTestId("result-c24-bank-risk-subsidy")).toBeAttached();
  await shoot(page, "calculator");

  // "previous question" goes back one answer
  await page.getByRole("button", { name: "上一题" }).click();
  await expect(page.getByTestId("screener-question")).toHaveAttribute("data-question", asked[asked.length - 1]);
  await page.getByRole("textbox").fill("800万");
  await page.getByRole("button", { name: "下一题" }).click();

  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Policy calculator" })).toBeVisible();
  await expect(c09.getByRole("link", { name: "R&D investment increment award" })).toBeVisible();
  await expect(c09.getByTestId("estimate")).toHaveText("Estimate: ¥75,000.00");
  await expect(page.getByTestId("screener-progress")).toContainText("42/42 measures settled");
  await shoot(page, "calculator-en");
});

test("the one-page calculator form still works, and reports a wrong amount next to its field", async ({ page }) => {
  const rnd = await openQuickCalculatorAsHte(page);
  await rnd.first().fill("一千万");
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.getByText("请输入不小于 0 的金额，最多两位小数")).toBeVisible();
  await rnd.first().fill("1000万");
  await rnd.last().fill("11500000");
  await page.getByRole("button", { name: "查看结果" }).click();
  const c09 = page.getByTestId("quick-form").getByTestId("group-likely").getByTestId("result-c09-rnd-increment");
  await expect(c09.getByTestId("estimate")).toHaveText("估算金额：¥75,000.00（7.5万元）");
  await expect(c09).toContainText("研发投入增长 15.0%，达到 10% 要求（第9条）");
});

test("a signed-in applicant finds its organisation's type filled in", async ({ page }) => {
  await loginAs(page, DEMO.university);
  await page.goto("/calculator");
  await expect(page.getByText("已按您单位的注册信息预填单位类型和注册地。")).toBeVisible();
  // the type and registration are known: the screener starts with what settles most for a university
  await expect(page.getByTestId("screener-progress")).toContainText("已答 2 题");
  await expect(page.getByTestId("screener-question")).toHaveAttribute("data-question", /^gate:/);
  await expect(page.getByTestId("group-not_eligible").getByTestId("result-c09-rnd-increment")).toContainText("不在本条申报范围内（第9条）");
  await page.getByText("一次填写全部情况").click();
  await expect(page.getByLabel("单位类型")).toHaveValue("university");
  await expect(page.getByLabel("在威海市注册登记")).toBeChecked();
  await page.getByRole("button", { name: "查看结果" }).click();
  // an enterprise-only measure is ruled out for a university, with the reason
  const c09 = page.getByTestId("quick-form").getByTestId("group-not_eligible").getByTestId("result-c09-rnd-increment");
  await expect(c09).toContainText("不在本条申报范围内（第9条）");
});

test("the measures filter and the calculator also work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/measures");
  await page.getByLabel("支持方式").selectOption("match");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/kind=match/);
  await expect(page.getByTestId("measure-count")).toHaveText("找到 2 项");

  await page.goto("/calculator");
  await page.getByText("一次填写全部情况").click();
  await expect(page.getByLabel("在威海市注册登记")).toBeChecked();
  await page.getByLabel("国家高新技术企业").check();
  await page.getByLabel("规模以上企业（规上）").check();
  await page.getByLabel(/年度研发投入（元）$/).first().fill("10,000,000");
  await page.getByLabel(/年度研发投入（元）$/).last().fill("11500000");
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.getByTestId("result-c09-rnd-increment").getByTestId("estimate")).toHaveText("估算金额：¥75,000.00（7.5万元）");
  await context.close();
});
