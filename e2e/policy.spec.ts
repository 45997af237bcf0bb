import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const SHOTS = "docs/screenshots";

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
