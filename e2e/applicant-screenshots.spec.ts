// Screenshots of the applicant's form, preview and case page at desktop (1280) and phone (390)
// width, into SHOTS_DIR (docs/screenshots/ with npm run screenshots) (looked at by a person after each change of these pages).
import { fillQualifyingC09, PDF, startApplication, upload, verifiedEnterprise } from "./applicant-helpers";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshots";

test("screenshots of the form, the preview and the case page", async ({ page }) => {
  test.setTimeout(120_000);
  await verifiedEnterprise(page, "威海华创智能装备有限公司");
  const id = await startApplication(page, "c09-rnd-increment");
  await fillQualifyingC09(page);
  await upload(page, "研发投入统计报表", "2025年研发投入统计报表.pdf", PDF);
  await expect(page.locator('[data-slot="rnd_statistics"]').getByTestId("attachment")).toHaveCount(1);
  await page.getByRole("button", { name: "预审" }).click();
  await expect(page.getByTestId("decision-ceiling")).toContainText("¥75,000.00");
  await shoot(page, "applicant-form", { atEnd: true, fitsWidth: true });

  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/review$`));
  await shoot(page, "applicant-preview", { atEnd: true, fitsWidth: true });

  await page.goto(`/applicant/cases/${id}/edit`);
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "高新技术企业证书.pdf", PDF);
  await expect(page.locator('[data-slot="qualification_certificate"]').getByTestId("attachment")).toHaveCount(1);
  await page.goto(`/applicant/cases/${id}/review`);
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await expect(page).toHaveURL(/\/submitted$/);
  await page.goto(`/applicant/cases/${id}`);
  await expect(page.getByTestId("timeline")).toContainText("提交申报");
  await shoot(page, "applicant-case", { atEnd: true, fitsWidth: true });
});
