// Screenshots of the applicant's form, preview and case page at desktop (1280) and phone (390)
// width, into SHOTS_DIR (docs/screenshots/ with npm run screenshots) (looked at by a person after each change of these pages).
import type { Page } from "@playwright/test";
import { fillQualifyingC09, PDF, registerEnterprise, startApplication, upload } from "./applicant-helpers";
import { expect, SHOTS_DIR, test } from "./fixtures";

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function shoot(page: Page, name: string) {
  for (const [label, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    // at the end of the page, so a sticky bar sits where it belongs in a full-page capture
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${label}: nothing wider than the screen`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS_DIR}/applicant-${name}-${label}.png`, fullPage: true });
  }
}

test("screenshots of the form, the preview and the case page", async ({ page }) => {
  test.setTimeout(120_000);
  await registerEnterprise(page, "威海华创智能装备有限公司");
  const id = await startApplication(page, "c09-rnd-increment");
  await fillQualifyingC09(page);
  await upload(page, "研发投入统计报表", "2025年研发投入统计报表.pdf", PDF);
  await expect(page.locator('[data-slot="rnd_statistics"]').getByTestId("attachment")).toHaveCount(1);
  await page.getByRole("button", { name: "预审" }).click();
  await expect(page.getByTestId("decision-ceiling")).toContainText("¥75,000.00");
  await shoot(page, "form");

  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/review$`));
  await shoot(page, "preview");

  await page.goto(`/applicant/cases/${id}/edit`);
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "高新技术企业证书.pdf", PDF);
  await expect(page.locator('[data-slot="qualification_certificate"]').getByTestId("attachment")).toHaveCount(1);
  await page.goto(`/applicant/cases/${id}/review`);
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await expect(page).toHaveURL(/\/submitted$/);
  await page.goto(`/applicant/cases/${id}`);
  await expect(page.getByTestId("timeline")).toContainText("提交申报");
  await shoot(page, "case");
});
