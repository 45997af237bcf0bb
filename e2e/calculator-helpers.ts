// The public calculator's one-page form, as the specs fill it for the enterprise.
import type { Locator, Page } from "@playwright/test";

/**
 * Opens /calculator's one-page form and answers it for a high-tech enterprise above designated
 * size registered in Weihai; returns the two R&D amount fields (last year, this year) to fill.
 */
export async function openQuickCalculatorAsHte(page: Page): Promise<Locator> {
  await page.goto("/calculator");
  await page.getByText("一次填写全部情况").click();
  await page.getByLabel("单位类型").selectOption("enterprise");
  await page.getByLabel("在威海市注册登记").check();
  await page.getByLabel("国家高新技术企业").check();
  await page.getByLabel("规模以上企业（规上）").check();
  return page.getByLabel(/年度研发投入（元）$/);
}
