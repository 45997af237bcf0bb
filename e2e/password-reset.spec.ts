// Forgot password, end to end: the mail arrives at the test SMTP server (e2e/global-setup.ts),
// its link sets a new password once, and every other session of the account ends.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { PASSWORD, signInWithForm } from "./applicant-helpers";
import { e2eDatabaseUrl } from "./e2e-db";
import { expect, loginAs, newCreditCode, test } from "./fixtures";
import { shootAsIs } from "./screenshots";
import { mailsTo, waitForMails } from "./mail";

/** A fresh applicant organisation and account, written straight into the e2e database (sign-up has its own specs). */
async function newApplicant(): Promise<string> {
  const email = `reset-${Date.now()}-${randomBytes(3).toString("hex")}@example.com`;
  const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await c.connect();
  try {
    const org = `org-${randomBytes(8).toString("hex")}`;
    await c.query(
      `INSERT INTO "Organisation" (id, "creditCode", name, "orgType", "registeredInCity", "contactName", "contactPhone", "updatedAt")
       VALUES ($1, $2, '威海找回密码测试有限公司', 'enterprise', true, '申报员', '13906310000', now())`,
      [org, newCreditCode()],
    );
    await c.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId") VALUES ($1, $2, '申报员', $3, 'applicant', $4)`,
      [`usr-${randomBytes(8).toString("hex")}`, email, await bcrypt.hash(PASSWORD, 10), org],
    );
  } finally {
    await c.end();
  }
  return email;
}

const NEW_PASSWORD = "Reset-e2e-2026k";
const SENT = "如该邮箱已注册，重置链接已发送";

test("a reset mail's link sets a new password once; an unknown address gets the same answer", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  // an account signed in on one device
  const email = await newApplicant();
  await loginAs(page, email, PASSWORD);
  await page.goto("/applicant");
  await expect(page).toHaveURL(/\/applicant$/);

  // on another device: sign-in → 忘记密码？
  const other = await browser.newContext({ baseURL, locale: "zh-CN" });
  const p = await other.newPage();
  await p.goto("/sign-in");
  await p.getByRole("link", { name: "忘记密码？" }).click();
  await expect(p).toHaveURL(/\/forgot-password$/);
  await expect(p.getByRole("heading", { name: "找回密码" })).toBeVisible();
  // a malformed address is refused next to the field
  await p.getByLabel("邮箱").fill("not-an-email");
  await p.getByRole("button", { name: "发送重置链接" }).click();
  await expect(p.locator("#email-error")).toBeVisible();
  await p.getByLabel("邮箱").fill(email);
  await p.getByRole("button", { name: "发送重置链接" }).click();
  await expect(p.getByRole("status")).toContainText(SENT);
  await shootAsIs(p, `forgot-password-sent`);

  // an address without an account: the very same answer
  const unknown = `nobody-${Date.now()}@example.com`;
  await p.goto("/forgot-password");
  await p.getByLabel("邮箱").fill(unknown);
  await p.getByRole("button", { name: "发送重置链接" }).click();
  await expect(p.getByRole("status")).toContainText(SENT);

  // the portal's scheduled job sends the outbox: the link arrives at the test SMTP server
  const mails = await waitForMails(email, 1, (m) => m.subject === "重置您的登录密码 | Reset your password");
  expect(await mailsTo(unknown)).toHaveLength(0);
  expect(mails).toHaveLength(1);
  const text = mails[0].text ?? "";
  expect(text.indexOf("30 分钟")).toBeLessThan(text.indexOf("30 minutes"));
  const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(text)?.[0];
  expect(link, "the mail carries the reset link").toBeTruthy();

  // the link opens the form; a common password is refused next to the field
  await p.goto(link!);
  await expect(p.getByRole("heading", { name: "设置新密码" })).toBeVisible();
  await shootAsIs(p, `reset-password`);
  await p.getByLabel(/^新密码/).fill("Password123");
  await p.getByLabel("再次输入新密码").fill("Password123");
  await p.getByRole("button", { name: "设置新密码" }).click();
  await expect(p.locator("#password-error")).toHaveText("这是常见密码，很容易被猜中，请换一个");
  await shootAsIs(p, `reset-password-common`);
  await p.getByLabel(/^新密码/).fill(NEW_PASSWORD);
  await p.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
  await p.getByRole("button", { name: "设置新密码" }).click();
  await expect(p).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(p.getByText("密码已重置，请用新密码登录。")).toBeVisible();

  // the new password signs in; the old one no longer does
  await p.getByLabel("统一社会信用代码或邮箱").fill(email);
  await p.getByLabel("密码").fill(PASSWORD);
  await p.getByRole("button", { name: "登录", exact: true }).click();
  await expect(p.getByRole("alert").filter({ hasText: "账号或密码不正确" })).toBeVisible();
  await signInWithForm(p, email, NEW_PASSWORD);

  // the first device's session ended with the reset
  await page.goto("/applicant");
  await expect(page).toHaveURL(/\/sign-in/);

  // the same link a second time is refused with a clear message
  await p.goto(link!);
  await expect(p.getByRole("alert").filter({ hasText: "此重置链接" })).toHaveText("此重置链接已使用过，不能再次使用。如需再次重置密码，请重新申请。");
  await expect(p.getByRole("link", { name: "重新申请重置链接" })).toBeVisible();
  await shootAsIs(p, `reset-password-used`);
  await other.close();
});

test("the password pages at 390 px and in English", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/sign-in");
  await expect(page.getByRole("link", { name: "忘记密码？" })).toBeVisible();
  await shootAsIs(page, `sign-in-forgot-390`);
  await page.goto("/forgot-password");
  await shootAsIs(page, `forgot-password-390`);
  await page.goto("/reset-password?token=forged");
  await expect(page.getByRole("alert").filter({ hasText: "此重置链接无效" })).toBeVisible();
  await shootAsIs(page, `reset-password-invalid-390`);
  await page.context().addCookies([{ name: "locale", value: "en", url: page.url() }]);
  await page.goto("/forgot-password");
  await expect(page.getByRole("heading", { name: "Forgot your password" })).toBeVisible();
  await shootAsIs(page, `forgot-password-en-390`);
});
