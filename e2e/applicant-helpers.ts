// Steps of the applicant journey shared by the applicant specs (in Chinese, as a person sees them).
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-db";
import { DEMO, loginAs, newCreditCode } from "./fixtures";

export const PASSWORD = "E2eSecret2026";
/** a tiny but real PDF */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj <</Type/Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
export const FAKE_PDF = Buffer.from("This is plain text with a .pdf name.\n");

export interface Account { email: string; code: string; orgName: string }

/**
 * Registers a new enterprise through the sign-up form and signs in with it; the page ends on
 * /applicant. Unless `verify: false`, the organisation is then verified as a person would do it:
 * the applicant uploads the licence and an admin (in a browser context of its own) approves it.
 */
export async function registerEnterprise(page: Page, orgName = "威海端到端申报科技有限公司", opts: { verify?: boolean; code?: string } = {}): Promise<Account> {
  const code = opts.code ?? newCreditCode();
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
  await expect(page).toHaveURL(/\/sign-in\?registered=1$/, { timeout: 30_000 });
  await signInWithForm(page, email);
  const account = { email, code, orgName };
  // an account whose code someone else registered has no organisation: no account to add, nothing to verify
  if (opts.code) {
    await page.goto("/applicant");
    return account;
  }
  await addBankAccount(page);
  if (opts.verify !== false) {
    await uploadLicence(page);
    await expect(page.getByText("已提交，等待管理员审核。")).toBeVisible();
    await approveAsAdmin(page, code);
  }
  await page.goto("/applicant");
  return account;
}

/**
 * A verified enterprise with a bank account and one applicant, written straight into the suite's
 * database, then signed in with the form; the page ends on /applicant. For specs about what comes
 * after registration: registering and verifying through the pages is registerEnterprise's (and
 * org-verification.spec's) to show, once, not the set-up of every test.
 */
export async function verifiedEnterprise(page: Page, orgName = "威海端到端申报科技有限公司"): Promise<Account> {
  const code = newCreditCode();
  const email = `app-${Date.now()}-${randomBytes(3).toString("hex")}@example.com`;
  const orgId = `e2e-org-${randomBytes(6).toString("hex")}`;
  const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO "Organisation"(id, "creditCode", name, "orgType", "registeredInCity", "contactName", "contactPhone", "verifiedAt", "updatedAt", "bankAccountName", "bankName", "bankAccountNo")
       VALUES ($1, $2, $3, 'enterprise', true, '申报员', '13906310000', now(), now(), $3, '中国工商银行威海分行营业部', $4)`,
      [orgId, code, orgName, `6222${String(Date.now()).slice(-11)}${randomBytes(2).readUInt16BE() % 10_000}`.padEnd(19, "0")],
    );
    await c.query(
      `INSERT INTO "User"(id, email, name, phone, "passwordHash", role, "organisationId") VALUES ($1, $2, '申报员', '13906310000', $3, 'applicant', $4)`,
      [`e2e-user-${randomBytes(6).toString("hex")}`, email, await bcrypt.hash(PASSWORD, 10), orgId],
    );
  } finally {
    await c.end();
  }
  await signInWithForm(page, email);
  return { email, code, orgName };
}

/** On /applicant/verification: uploads a licence (a real PDF unless given) with the facts already filled in. */
export async function uploadLicence(page: Page, file = { name: "营业执照.pdf", buffer: PDF, mimeType: "application/pdf" }) {
  await page.goto("/applicant/verification");
  // a file chosen before the form hydrated would not reach its state
  await expect(page.locator("form[data-hydrated][data-testid^='verification-form-']")).toBeVisible();
  await page.getByLabel("营业执照或法人证书").setInputFiles(file);
  await page.getByRole("button", { name: "提交审核" }).click();
}

/** An admin, in a browser context of its own, approves (or decides) the pending request for `code`. */
export async function approveAsAdmin(page: Page, code: string, button = "通过") {
  const origin = new URL(page.url()).origin;
  const ctx = await page.context().browser()!.newContext({ baseURL: origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const admin = await ctx.newPage();
  try {
    await loginAs(admin, DEMO.admin);
    await admin.goto("/admin/verifications");
    const item = admin.locator(`[data-testid="verification-item"][data-code="${code}"]`);
    await item.getByRole("button", { name: button, exact: true }).click();
    await expect(item).toHaveCount(0);
  } finally {
    await ctx.close();
  }
}

/** Adds the organisation's bank account on the profile page (submitting needs one); returns its number. */
export async function addBankAccount(page: Page, accountNo = `6222${String(Date.now()).slice(-11)}${Math.floor(Math.random() * 1e4).toString().padStart(4, "0")}`) {
  await page.goto("/applicant/profile");
  const form = page.getByTestId("bank-account-form");
  await form.getByLabel("开户银行").fill("中国工商银行威海分行营业部");
  await form.getByRole("textbox", { name: "账号", exact: true }).fill(accountNo);
  await form.getByRole("button", { name: "保存收款账户" }).click();
  await expect(form.getByRole("status")).toHaveText("收款账户已保存");
  return accountNo;
}

export async function signInWithForm(page: Page, identifier: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("统一社会信用代码或邮箱").fill(identifier);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/applicant$/, { timeout: 30_000 });
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();
}

/** Opens the application form of a measure (the apply page starts a draft and redirects). */
export async function startApplication(page: Page, measureId: string): Promise<string> {
  await page.goto(`/applicant/apply/${measureId}`);
  // opening the page starts nothing: the applicant starts the draft
  await page.getByTestId("start-application").click();
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
  // the year end (2025-12-31) follows from the year: the form shows it and asks nothing
}

export async function upload(page: Page, slotLabel: string, name: string, buffer: Buffer, mimeType = "application/pdf") {
  await page.getByLabel(slotLabel).setInputFiles({ name, mimeType, buffer });
}

/** Clicks 保存草稿 and waits for the status line to say it is saved. */
export async function saveDraft(page: Page) {
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByTestId("save-status")).toHaveText(/^已保存 \d{2}:\d{2}$/);
}
