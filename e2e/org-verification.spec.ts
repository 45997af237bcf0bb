// Organisations are verified (issue 14 §1): a new organisation drafts but submits only once an admin
// approved its licence; a disputed credit code is decided by an admin and the loser loses access.
import { approveAsAdmin, fillQualifyingC09, FAKE_PDF, PDF, registerEnterprise, signInWithForm, startApplication, upload, uploadLicence } from "./applicant-helpers";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { shootAsIs } from "./screenshots";

// two people and an admin in one story: more steps than the default minute allows on a busy machine
test.describe.configure({ timeout: 480_000 });


test("a new organisation registers, uploads its licence, cannot submit, is verified by an admin, then submits", async ({ page }) => {
  const account = await registerEnterprise(page, "威海认证流程测试科技有限公司", { verify: false });
  await expect(page.getByTestId("verification-banner")).toHaveAttribute("data-state", "unverified");

  // it drafts as before
  const caseId = await startApplication(page, "c09-rnd-increment");
  await expect(page.getByTestId("verification-banner")).toBeVisible();
  await fillQualifyingC09(page);
  await upload(page, "研发投入统计报表", "研发投入统计报表.pdf", PDF);
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "高企证书.pdf", PDF);
  await expect(page.locator('[data-slot="rnd_statistics"]').getByTestId("attachment")).toHaveCount(1);
  await expect(page.locator('[data-slot="qualification_certificate"]').getByTestId("attachment")).toHaveCount(1);
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${caseId}/review$`));
  await expect(page.getByTestId("verification-banner")).toContainText("提交前须先上传营业执照");

  // submit is refused with the reason and a link to the verification page; nothing is submitted
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  const err = page.getByTestId("submit-error");
  await expect(err).toContainText("本单位尚未通过认证，暂不能提交申请");
  await expect(err.getByRole("link", { name: "去认证" })).toHaveAttribute("href", "/applicant/verification");
  await shootAsIs(page, "orgverify-submit-refused");

  // a fake licence is refused next to the field; a real one is sent for review
  await uploadLicence(page, { name: "执照.pdf", buffer: FAKE_PDF, mimeType: "application/pdf" });
  await expect(page.locator("#v-file-error")).toContainText("文件类型不符");
  await expect(page.getByTestId("verification-status")).toHaveAttribute("data-status", "unverified");
  await shootAsIs(page, "orgverify-applicant-form");
  await page.getByLabel("营业执照或法人证书").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("已提交，等待管理员审核。")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("verification-status")).toHaveAttribute("data-status", "pending");
  await expect(page.getByTestId("latest-request")).toHaveAttribute("data-state", "pending");
  await shootAsIs(page, "orgverify-applicant-pending");
  await page.setViewportSize({ width: 390, height: 844 });
  await shootAsIs(page, "orgverify-applicant-pending-390");
  await page.setViewportSize({ width: 1280, height: 720 });

  // the admin's queue: the licence, the facts, what the code says
  const origin = new URL(page.url()).origin;
  const ctx = await page.context().browser()!.newContext({ baseURL: origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const admin = await ctx.newPage();
  await loginAs(admin, DEMO.admin);
  await admin.goto("/admin/verifications");
  const item = admin.locator(`[data-testid="verification-item"][data-code="${account.code}"]`);
  await expect(item.getByTestId("code-analysis")).toContainText("371000 · 威海 · 威海市（市本级）");
  await expect(item.getByTestId("code-analysis")).toContainText("两个校验位均正确");
  const licence = await admin.request.get((await item.getByTestId("licence-link").getAttribute("href"))!);
  expect(licence.status()).toBe(200);
  expect(licence.headers()["content-type"]).toBe("application/pdf");
  // a reject without a reason is refused next to the field
  await item.getByRole("button", { name: "驳回" }).click();
  await item.getByRole("button", { name: "确认驳回" }).click();
  await expect(item.getByRole("alert")).toHaveText("驳回须填写原因");
  await item.getByRole("button", { name: "取消" }).click();
  await shootAsIs(admin, "orgverify-admin-queue");
  await admin.setViewportSize({ width: 390, height: 844 });
  await shootAsIs(admin, "orgverify-admin-queue-390");
  await admin.setViewportSize({ width: 1280, height: 720 });
  await item.getByRole("button", { name: "通过", exact: true }).click();
  await expect(item).toHaveCount(0);
  await expect(admin.getByTestId("verifications-empty")).toBeVisible();
  await ctx.close();

  // verified: the banner is gone, the same draft submits
  await page.goto(`/applicant/cases/${caseId}/review`);
  await expect(page.getByTestId("verification-banner")).toHaveCount(0);
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${caseId}/submitted$`));
  await expect(page.getByTestId("case-no")).toHaveText(/^WH-\d{4}-C09-\d{6}$/);
  await page.goto("/notifications");
  await expect(page.getByText("单位认证已通过").first()).toBeVisible();
  // the profile shows code, name and type read-only with the change path
  await page.goto("/applicant/profile");
  await expect(page.getByTestId("profile-verified")).toHaveText("已认证");
  await expect(page.getByTestId("profile-verification-link")).toHaveText("申请变更");
});

test("a disputed credit code is decided by an admin: the earlier registrant loses the organisation and its session", async ({ page, browser }) => {
  // a squatter registers a code first and is signed in
  const squatter = await registerEnterprise(page, "冒名注册有限公司", { verify: false });

  // the real organisation signs up with the same code: it gets an account without an organisation
  const origin = new URL(page.url()).origin;
  const ctx = await browser.newContext({ baseURL: origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const claimant = await ctx.newPage();
  const real = await registerEnterprise(claimant, "威海真实单位科技有限公司", { verify: false, code: squatter.code });
  await expect(claimant.getByTestId("verification-banner")).toHaveAttribute("data-state", "unbound");
  await expect(claimant.getByTestId("case-list")).toHaveCount(0);
  await shootAsIs(claimant, "orgverify-unbound-home");
  await claimant.getByRole("link", { name: "提出异议" }).click();
  await expect(claimant.getByRole("heading", { name: "代码异议" })).toBeVisible();
  await claimant.getByLabel("统一社会信用代码").fill(squatter.code.toLowerCase());
  await claimant.getByLabel("单位名称（与执照一致）").fill(real.orgName);
  await claimant.getByLabel("营业执照或法人证书").setInputFiles({ name: "营业执照.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await claimant.getByRole("button", { name: "提交审核" }).click();
  await expect(claimant.getByText("已提交，等待管理员审核。")).toBeVisible();
  await claimant.setViewportSize({ width: 390, height: 844 });
  await claimant.reload();
  await shootAsIs(claimant, "orgverify-dispute-pending-390");

  // the squatter is told
  await page.goto("/notifications");
  await expect(page.getByText("本单位的统一社会信用代码被提出异议").first()).toBeVisible();

  // the admin upholds it
  await approveAsAdmin(page, squatter.code, "异议成立");

  // the squatter's session ends at once; signed in again it has no organisation
  const res = await page.request.get("/applicant", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  await signInWithForm(page, squatter.email);
  await expect(page.getByTestId("verification-banner")).toHaveAttribute("data-state", "unbound");
  await page.goto("/notifications");
  await expect(page.getByText("您的账号已与单位解除关联").first()).toBeVisible();

  // the claimant now holds the verified organisation, under the licence's name
  await claimant.setViewportSize({ width: 1280, height: 720 });
  await claimant.goto("/applicant");
  await expect(claimant.getByTestId("org-name")).toContainText(real.orgName);
  await expect(claimant.getByTestId("verification-banner")).toHaveCount(0);
  await claimant.goto("/applicant/profile");
  await expect(claimant.getByTestId("profile-credit-code")).toHaveText(squatter.code);
  await expect(claimant.getByTestId("profile-verified")).toHaveText("已认证");
  await ctx.close();
});
