// Steps of the applicant journey shared by the applicant specs (in Chinese, as a person sees them).
import { expect, type Page } from "@playwright/test";
import { newCreditCode } from "./fixtures";

export const PASSWORD = "E2eSecret2026";
/** a tiny but real PDF */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj <</Type/Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
export const FAKE_PDF = Buffer.from("This is plain text with a .pdf name.\n");

export interface Account { email: string; code: string; orgName: string }

/** Registers a new enterprise through the sign-up form and signs in with it; the page ends on /applicant. */
export async function registerEnterprise(page: Page, orgName = "威海端到端申报科技有限公司"): Promise<Account> {
  const code = newCreditCode();
  const email = `app-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("统一社会信用代码").fill(code);
  await page.getByLabel("单位名称").fill(orgName);
  await page.getByLabel("单位类型").selectOption("enterprise");
  await page.getByLabel("联系人姓名").fill("申报员");
  await page.getByLabel("联系电话").fill("13906310000");
  await page.getByLabel("邮箱（用于登录和通知）").fill(email);
  await page.getByLabel(/^密码/).fill(PASSWORD);
  await page.getByLabel("确认密码").fill(PASSWORD);
  await page.getByRole("button", { name: "注册" }).click();
  // sign-up answers alike for new and known accounts (it does not sign in): sign in next
  await expect(page).toHaveURL(/\/sign-in\?registered=1$/);
  await signInWithForm(page, email);
  return { email, code, orgName };
}

export async function signInWithForm(page: Page, identifier: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("统一社会信用代码或邮箱").fill(identifier);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/applicant$/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();
}

/** Opens the application form of a measure (the apply page starts a draft and redirects). */
export async function startApplication(page: Page, measureId: string): Promise<string> {
  await page.goto(`/applicant/apply/${measureId}`);
  await page.waitForURL(/\/applicant\/cases\/[^/]+\/edit$/);
  return page.url().split("/").slice(-2, -1)[0];
}

export const yesNo = (page: Page, question: string, answer: "是" | "否") =>
  page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();

export const choose = (page: Page, question: string, option: string) =>
  page.getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();

export async function fillQualifyingC09(page: Page) {
  await page.getByLabel("申报事项名称").fill("2025年度研发投入");
  await page.getByLabel("研发投入所属年度").fill("2025");
  await yesNo(page, "是否规模以上企业", "是");
  await yesNo(page, "是否有研发活动", "是");
  await choose(page, "企业资质", "高新技术企业");
  await page.getByLabel("上年度研发投入").fill("10000000");
  await page.getByLabel("本年度研发投入").fill("11500000");
  await page.getByLabel("年度截止日（该年12月31日）").fill("2025-12-31");
}

export async function upload(page: Page, slotLabel: string, name: string, buffer: Buffer, mimeType = "application/pdf") {
  await page.getByLabel(slotLabel).setInputFiles({ name, mimeType, buffer });
}

/** Clicks 保存草稿 and waits for the status line to say it is saved. */
export async function saveDraft(page: Page) {
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByTestId("save-status")).toHaveText(/^已保存 \d{2}:\d{2}$/);
}
