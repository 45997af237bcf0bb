import type { Page } from "@playwright/test";
import { DEMO, expect, loginAs, SHOTS_DIR, test } from "./fixtures";

const SHOTS = SHOTS_DIR;

async function shoot(page: Page, name: string): Promise<void> {
  for (const [tag, width] of [["desktop", 1280], ["phone", 390]] as const) {
    await page.setViewportSize({ width, height: tag === "phone" ? 844 : 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${tag}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

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

test("a visitor uses the calculator in Chinese, then in English", async ({ page }) => {
  await page.goto("/calculator");
  await expect(page.getByRole("heading", { level: 1, name: "政策计算器" })).toBeVisible();
  await page.getByLabel("单位类型").selectOption("enterprise");
  await page.getByLabel("在威海市注册登记").check();
  await page.getByLabel("国家高新技术企业").check();
  // clause 9 admits only enterprises above designated size
  await page.getByLabel("规模以上企业（规上）").check();
  const rnd = page.getByLabel(/年度研发投入（元）$/);
  // a wrong amount is reported next to its field
  await rnd.first().fill("一千万");
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.getByText("请输入不小于 0 的金额，最多两位小数")).toBeVisible();
  await rnd.first().fill("10,000,000");
  await rnd.last().fill("11500000");
  await page.getByRole("button", { name: "查看结果" }).click();

  const likely = page.getByTestId("group-likely");
  const c09 = likely.getByTestId("result-c09-rnd-increment");
  await expect(c09.getByTestId("estimate")).toHaveText("估算金额：¥75,000.00（7.5万元）");
  await expect(c09).toContainText("研发投入增长 15.0%，达到 10% 要求（第9条）");
  await expect(c09.getByRole("link", { name: "申请" })).toHaveAttribute("href", "/applicant/apply/c09-rnd-increment");
  await expect(c09.getByRole("link", { name: "研发投入递增奖励" })).toHaveAttribute("href", "/measures/c09-rnd-increment");
  await expect(page.getByTestId("group-needs_facts").getByTestId("result-c01-national-key-lab")).toBeVisible();
  // a bank measure is not for an enterprise
  await expect(page.getByTestId("group-not_eligible").getByTestId("result-c24-bank-risk-subsidy")).toBeAttached();
  await page.getByTestId("calc-results").scrollIntoViewIfNeeded();
  await shoot(page, "calculator");

  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Policy calculator" })).toBeVisible();
  await expect(c09.getByRole("link", { name: "R&D investment increment award" })).toBeVisible();
  await expect(c09).toContainText("R&D grew 15.0%, meeting the 10% requirement (clause 9)");
  await expect(c09.getByTestId("estimate")).toHaveText("Estimate: ¥75,000.00 (7.5万元)");
  await shoot(page, "calculator-en");
});

test("a signed-in applicant finds its organisation's type filled in", async ({ page }) => {
  await loginAs(page, DEMO.university);
  await page.goto("/calculator");
  await expect(page.getByText("已按您单位的注册信息预填单位类型和注册地。")).toBeVisible();
  await expect(page.getByLabel("单位类型")).toHaveValue("university");
  await expect(page.getByLabel("在威海市注册登记")).toBeChecked();
  await page.getByRole("button", { name: "查看结果" }).click();
  // an enterprise-only measure is ruled out for a university, with the reason
  const c09 = page.getByTestId("group-not_eligible").getByTestId("result-c09-rnd-increment");
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
  await expect(page.getByLabel("在威海市注册登记")).toBeChecked();
  await page.getByLabel("国家高新技术企业").check();
  await page.getByLabel("规模以上企业（规上）").check();
  await page.getByLabel(/年度研发投入（元）$/).first().fill("10,000,000");
  await page.getByLabel(/年度研发投入（元）$/).last().fill("11500000");
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.getByTestId("result-c09-rnd-increment").getByTestId("estimate")).toHaveText("估算金额：¥75,000.00（7.5万元）");
  await context.close();
});
