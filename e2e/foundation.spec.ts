import { DEMO, expect, loginAs, newCreditCode, test } from "./fixtures";
import { freshCode } from "./totp-codes";

test("an enterprise registers, signs out, signs in and lands on its applicant page", async ({ page }) => {
  const code = newCreditCode();
  const email = `e2e-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "注册申报单位" })).toBeVisible();

  // a wrong check character is a field error in Chinese, next to the field
  const wrong = code.slice(0, 17) + (code[17] === "0" ? "1" : "0");
  await page.getByLabel("统一社会信用代码").fill(wrong);
  await page.getByLabel("单位名称").click();
  await expect(page.getByText("统一社会信用代码校验位不正确，请核对")).toBeVisible();

  await page.getByLabel("统一社会信用代码").fill(code);
  await page.getByLabel("单位名称").fill("威海端到端测试科技有限公司");
  await page.getByLabel("单位类型").selectOption("enterprise");
  await page.getByLabel("联系人姓名").fill("测试员");
  await page.getByLabel("联系电话").fill("13906310000");
  await page.getByLabel("邮箱（用于登录和通知）").fill(email);
  await page.getByLabel(/^密码/).fill("E2eSecret2026");
  await page.getByLabel("确认密码").fill("E2eSecret2026");
  await page.getByRole("button", { name: "注册" }).click();
  // the same answer as for a code or email registered before: sign in next
  await expect(page).toHaveURL(/\/sign-in\?registered=1$/);
  await expect(page.getByRole("status")).toContainText("注册申请已收到");
  await page.getByLabel("统一社会信用代码或邮箱").fill(email);
  await page.getByLabel("密码").fill("E2eSecret2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/applicant$/);
  await expect(page.getByTestId("org-name")).toContainText("威海端到端测试科技有限公司");
  await expect(page.getByTestId("empty-state")).toContainText("您还没有申报记录");

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("统一社会信用代码或邮箱").fill(code);
  await page.getByLabel("密码").fill("wrong-password-1");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByText("账号或密码不正确")).toBeVisible();
  await page.getByLabel("密码").fill("E2eSecret2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/applicant$/);
  await expect(page.getByTestId("org-name")).toContainText("威海端到端测试科技有限公司");
});

test("a reviewer signs in to the reviewer landing page", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("统一社会信用代码或邮箱").fill(DEMO.reviewerA);
  await page.getByLabel("密码").fill("Weihai@2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  // staff have a second factor: the code from the authenticator (the demo secret)
  await page.getByLabel("验证码").fill(await freshCode(DEMO.reviewerA));
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { name: "审核队列" })).toBeVisible();
  await expect(page.getByTestId("bureau-name")).toContainText("市科技局");
});

test("an applicant who opens a reviewer or admin URL is refused", async ({ page }) => {
  await loginAs(page, DEMO.enterprise);
  for (const url of ["/review", "/admin", "/finance"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(403);
    await expect(page.getByTestId("forbidden")).toContainText("无权访问");
  }
});

test("a visitor opening a staff page is sent to sign in", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin/);
});

test("the language switch changes the page to English and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("科技创新政策，一站兑现");
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Science and technology support, paid out in one place");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
});
