// Provincial real-name sign-in (爱山东) against the suite's local OpenID provider (e2e/oidc-provider.ts,
// started by the global setup): the button, the provider's login, and where each kind of account lands.
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, newCreditCode, SHOTS_DIR, test } from "./fixtures";
import { shootAsIs } from "./screenshots";
import { UNREGISTERED_CODE } from "./oidc-env";

mkdirSync(SHOTS_DIR, { recursive: true });
// two sites and a full round trip per test: room for a busy machine
test.describe.configure({ timeout: 150_000 });

/** Clicks 使用爱山东登录 and logs in at the test provider's form as `login`. */
async function signInAtProvince(page: Page, login: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "使用爱山东登录" }).click();
  await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("the sign-in page offers the provincial sign-in, in Chinese and English, at desktop and phone width", async ({ page }) => {
  await page.goto("/sign-in");
  const button = page.getByRole("button", { name: "使用爱山东登录" });
  await expect(button).toBeVisible();
  await expect(page.getByText("通过爱山东实名认证登录")).toBeVisible();
  await shootAsIs(page, `oidc-sign-in-desktop`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(button).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shootAsIs(page, `oidc-sign-in-390`);
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("button", { name: "Sign in with iShandong" })).toBeVisible();
  await shootAsIs(page, `oidc-sign-in-390-en`);
});

test("a legal-person account of a registered organisation lands in that organisation's portal", async ({ page }) => {
  await signInAtProvince(page, "legal-enterprise");
  await page.waitForURL(/\/applicant$/);
  await expect(page.getByTestId("org-name")).toContainText("威海华锐智能装备有限公司");
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toMatchObject({ role: "applicant", user: { name: "王华锐" } });
  // its colleagues' cases are its cases now; and the session ends like a password one
  await page.goto("/applicant/profile");
  await expect(page.getByText("wang.huarui@oidc.example.cn")).toBeVisible();
  await page.getByRole("button", { name: "退出" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.goto("/applicant");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an account without a credit code registers its organisation, then lands in its portal", async ({ page }) => {
  await signInAtProvince(page, "no-code");
  await page.waitForURL(/\/applicant\/organisation$/);
  // until then, every applicant page sends it here
  for (const path of ["/applicant/profile", "/notifications"]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.headers()["location"], path).toMatch(/\/applicant\/organisation$/);
  }
  await expect(page.getByRole("heading", { name: "登记申报单位" })).toBeVisible();
  const code = page.getByLabel("统一社会信用代码");
  await expect(code).toHaveValue("");
  await expect(page.getByLabel("联系人姓名")).toHaveValue("李新创");
  await shootAsIs(page, `oidc-org-registration-desktop`);
  // a code already registered is refused next to the field
  await code.fill("91371000MA3C8QXK1C");
  await page.getByLabel("单位名称").fill("威海新创科技有限公司");
  await page.getByRole("button", { name: "登记单位" }).click();
  await expect(page.getByText("该单位已注册")).toBeVisible();
  await code.fill(newCreditCode());
  await page.getByRole("button", { name: "登记单位" }).click();
  await page.waitForURL(/\/applicant$/);
  await expect(page.getByTestId("org-name")).toContainText("威海新创科技有限公司");
});

test("a legal-person account of an unregistered organisation registers it under the attested code", async ({ page }) => {
  await signInAtProvince(page, "new-org");
  await page.waitForURL(/\/applicant\/organisation$/);
  const code = page.getByLabel("统一社会信用代码");
  await expect(code).toHaveValue(UNREGISTERED_CODE);
  await expect(code).toHaveAttribute("readonly", "");
  await expect(page.getByText("由省统一身份认证提供，不可更改")).toBeVisible();
  await shootAsIs(page, `oidc-org-registration-attested`);
  await page.getByLabel("单位名称").fill("荣成海纳新材料有限公司");
  await page.getByRole("button", { name: "登记单位" }).click();
  await page.waitForURL(/\/applicant$/);
  await expect(page.getByTestId("org-name")).toContainText("荣成海纳新材料有限公司");
  await page.goto("/applicant/profile");
  await expect(page.getByText(UNREGISTERED_CODE)).toBeVisible();
});

test("a malformed credit-code claim is ignored with a message", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAtProvince(page, "bad-code");
  await page.waitForURL(/\/applicant\/organisation$/);
  await expect(page.getByRole("status")).toContainText("91371000MA3C8QXK0X");
  await expect(page.getByLabel("统一社会信用代码")).toHaveValue("");
  await shootAsIs(page, `oidc-org-registration-390`);
});
