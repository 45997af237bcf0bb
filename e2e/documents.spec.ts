// Printed documents: the applicant downloads the receipt and the application of a submitted case,
// their text is what was submitted; a stranger gets "not found"; the public page confirms the
// verification code printed on them, and a wrong code finds nothing.
import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { fillQualifyingC09, PDF, startApplication, upload, verifiedEnterprise } from "./applicant-helpers";
import { DEMO, expect, loginAs, SHOTS_DIR, test } from "./fixtures";
import { shootAsIs } from "./screenshots";
import { renderPdfPage } from "./pdf-render";

test.describe.configure({ mode: "serial", timeout: 300_000 });

async function pdfOf(page: Page, testId: string): Promise<{ bytes: Buffer; text: string; name: string }> {
  const link = page.getByTestId(testId).first();
  const res = await page.request.get((await link.getAttribute("href"))!);
  expect(res.status(), await res.text().catch(() => "")).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]) as [Download, unknown];
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { bytes, text: text.replace(/\s+/g, ""), name: download.suggestedFilename() };
}

let caseId = "";
let caseNo = "";
let code = "";
let orgName = "";

test("the applicant downloads the receipt and the application of the submitted case; they carry what was submitted", async ({ page }) => {
  orgName = `威海印证科技有限公司${Date.now() % 100000}`;
  await verifiedEnterprise(page, orgName);
  caseId = await startApplication(page, "c09-rnd-increment");
  await fillQualifyingC09(page);
  await upload(page, "研发投入统计报表", "研发投入统计报表.pdf", PDF);
  await expect(page.locator('[data-slot="rnd_statistics"]').getByTestId("attachment")).toContainText("研发投入统计报表.pdf");
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "高企证书.pdf", PDF);
  await expect(page.locator('[data-slot="qualification_certificate"]').getByTestId("attachment")).toContainText("高企证书.pdf");
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${caseId}/submitted$`));
  caseNo = (await page.getByTestId("case-no").textContent())!.trim();

  const receipt = await pdfOf(page, "pdf-receipt");
  expect(receipt.name).toBe(`受理回执-${caseNo}.pdf`);
  expect(receipt.bytes.length).toBeLessThan(250_000);
  for (const s of ["政策兑现申报受理回执", caseNo, orgName, "研发投入递增奖励", "市科技局"]) expect(receipt.text, s).toContain(s);
  code = receipt.text.match(/验证码：([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/)?.[1] ?? "";
  expect(code, "the receipt's verification code").not.toBe("");

  await page.goto(`/applicant/cases/${caseId}`);
  const app = await pdfOf(page, "pdf-application");
  expect(app.name).toBe(`申报书-${caseNo}.pdf`);
  expect(app.bytes.length).toBeLessThan(250_000);
  for (const s of [
    "威海市科技创新政策兑现申报书", caseNo, orgName, "第9条", "2025年度研发投入", "本年度研发投入", "¥11,500,000.00（1150万元）",
    "高新技术企业", "¥75,000.00（7.5万元）", "研发投入统计报表.pdf", "高企证书.pdf", "申报单位承诺所填信息和材料真实、准确、完整", `验证码：${code}`,
  ]) expect(app.text, s).toContain(s);
  await renderPdfPage(page, app.bytes, `${SHOTS_DIR}/pdf-application-page1.png`);
  await renderPdfPage(page, receipt.bytes, `${SHOTS_DIR}/pdf-receipt-page1.png`);
});

test("another organisation, a visitor and a forged id get not found; the lead bureau's reviewer gets the PDF", async ({ page, browser }) => {
  const url = `/api/cases/${caseId}/pdf/application`;
  const visitor = await browser.newContext();
  expect((await visitor.request.get(url)).status()).toBe(404);
  await visitor.close();
  await loginAs(page, DEMO.enterprise);
  for (const u of [url, `/api/cases/${caseId}/pdf/receipt`]) expect((await page.request.get(u)).status(), u).toBe(404);
  await loginAs(page, DEMO.reviewerIt);
  expect((await page.request.get(url)).status()).toBe(404);
  await loginAs(page, DEMO.reviewerA);
  expect((await page.request.get("/api/cases/forged-id-0000/pdf/application")).status()).toBe(404);
  expect((await page.request.get(`/api/cases/${caseId}/pdf/forged`)).status()).toBe(404);
  await page.goto(`/review/cases/${caseId}`);
  const res = await page.request.get((await page.getByTestId("pdf-application").getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect((await page.request.get("/notice/pdf?round=forged-id-0000")).status()).toBe(404);
});

test("the public verify page confirms the code's case without anything personal; a wrong code finds nothing", async ({ page }) => {
  await page.goto("/notice");
  await page.getByTestId("footer-verify").click();
  await expect(page).toHaveURL(/\/verify$/);
  await page.getByRole("textbox", { name: "验证码" }).fill(code.toLowerCase());
  await page.getByRole("button", { name: "核验" }).click();
  const result = page.getByTestId("verify-result");
  await expect(result).toBeVisible();
  await expect(result.getByTestId("verify-case-no")).toHaveText(caseNo);
  await expect(result.getByTestId("verify-org")).toHaveText(orgName);
  await expect(result).toContainText("研发投入递增奖励");
  await expect(result.getByTestId("status-badge")).toHaveText("已提交");
  const shown = (await page.locator("main").textContent())!;
  for (const s of ["申报员", "13906310000", "¥", "研发投入统计报表"]) expect(shown, s).not.toContain(s);
  await shootAsIs(page, `verify-found`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shootAsIs(page, `verify-found-390`);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole("textbox", { name: "验证码" }).fill("2222-3333-4444");
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByTestId("verify-none")).toHaveText(/未找到该验证码对应的案件/);
  await expect(page.getByTestId("verify-result")).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await shootAsIs(page, `verify-none-390`);
});
