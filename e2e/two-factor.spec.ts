// Issue 14 §3: staff act only after enrolling a TOTP second factor (ADR 022). A new reviewer is sent
// to enrolment from every page, its server actions answer "forbidden"; it enrols with a code computed
// here from the secret the page shows, sees ten recovery codes once, and then signs in with a code
// (a used one is refused) and once with a recovery code.
import bcrypt from "bcryptjs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { shootAsIs } from "./screenshots";
import { actionsInBuild, callAction } from "./server-actions";
import { codeRefused, freshCode, secretFromPage } from "./totp-codes";
import { sql } from "./e2e-db";

test.describe.configure({ mode: "serial" });
// each sign-in checks the password (bcrypt) and the code: slow on a busy machine
const slowExpect = expect.configure({ timeout: 30_000 });
test.setTimeout(240_000);

const PASSWORD = "Factor-journey-2026";
const email = `totp-${Date.now()}@example.com`;
let secret = "";
let recovery: string[] = [];

async function passwordStep(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("统一社会信用代码或邮箱").fill(email);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel(/验证码|恢复码/).fill(code);
  await page.getByRole("button", { name: "验证并登录" }).click();
}

/** a reviewer action, as the browser calls it: the answer's text */
async function reviewerAction(page: Page): Promise<string> {
  const a = actionsInBuild().find((x) => x.file === "app/(review)/review/cases/[id]/actions.ts" && x.name !== "endNoticeAction")!;
  return (await callAction(page.request, a, [{ caseId: "forged-id-0000" }])).text;
}

test.beforeAll(async () => {
  await sql(`INSERT INTO "User"(id, email, name, "passwordHash", role, "bureauId", active) VALUES ($1, $2, '两步审核', $3, 'reviewer', 'sci-tech', true)`,
    [`u-totp-${Date.now()}`, email, await bcrypt.hash(PASSWORD, 10)]);
});

test("a reviewer without a second factor can do nothing before enrolling, then enrols and sees ten recovery codes once", async ({ page }) => {
  await passwordStep(page);
  await slowExpect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByRole("heading", { name: "两步验证" })).toBeVisible();

  // every staff page sends it back to enrolment; an action is refused
  for (const path of ["/review", "/review/export", "/notifications", "/me"]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(`${path} ${res.status()} ${res.headers()["location"] ?? ""}`, path).toMatch(/ (307|401) (\/account\/two-factor|$)/);
  }
  expect(await reviewerAction(page)).toContain(`"error":"forbidden"`);
  await expect(page.getByTestId("current-user")).toHaveCount(0);

  // the QR code shows (an SVG data URL the CSP allows) beside the secret as text
  const qr = page.getByTestId("totp-qr");
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  secret = secretFromPage(await page.getByTestId("totp-secret").innerText());
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await shootAsIs(page, `two-factor-enrol`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shootAsIs(page, `two-factor-enrol-390`);
  await page.setViewportSize({ width: 1280, height: 800 });

  // a wrong code is refused next to the field and changes nothing
  await page.locator("#enrol-code").fill("000000");
  await page.getByRole("button", { name: "确认绑定" }).click();
  await slowExpect(page.getByText("验证码不正确或已使用")).toBeVisible();
  expect(await sql(`SELECT "confirmedAt" FROM "SecondFactor" f JOIN "User" u ON u.id = f."userId" WHERE u.email = $1`, [email])).toEqual([{ confirmedAt: null }]);

  await page.locator("#enrol-code").fill(await freshCode(email, secret));
  await page.getByRole("button", { name: "确认绑定" }).click();
  const codes = page.getByTestId("recovery-code");
  await slowExpect(codes).toHaveCount(10);
  recovery = await codes.allInnerTexts();
  expect(new Set(recovery).size).toBe(10);
  for (const c of recovery) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await shootAsIs(page, `two-factor-recovery-codes`);
  // only hashes are stored
  const stored = await sql<{ codeHash: string }>(`SELECT "codeHash" FROM "RecoveryCode" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1`, [email]);
  expect(stored).toHaveLength(10);
  expect(stored.map((r) => r.codeHash)).not.toContain(recovery[0]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载恢复码" }).click();
  expect((await download).suggestedFilename()).toBe("weihai-recovery-codes.txt");

  await page.getByRole("button", { name: "我已保存，继续" }).click();
  await slowExpect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { name: "审核队列" })).toBeVisible();
  // the action now passes the factor check (the forged case is simply not found)
  expect(await reviewerAction(page)).not.toContain(`"error":"forbidden"`);

  // shown once: the enrolment page now only says the factor is on
  await page.goto("/account/two-factor");
  await expect(page.getByTestId("factor-enabled")).toContainText("剩余可用恢复码：10 个");
  await expect(page.getByTestId("recovery-code")).toHaveCount(0);
});

test("the reviewer signs in again with a code (a used code is refused), and once with a recovery code", async ({ page }) => {
  await passwordStep(page);
  await slowExpect(page.getByTestId("code-step")).toBeVisible();
  await shootAsIs(page, `two-factor-code-step`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shootAsIs(page, `two-factor-code-step-390`);
  await page.setViewportSize({ width: 1280, height: 800 });

  // the code the enrolment used is refused: no replay
  const [{ lastStep }] = await sql<{ lastStep: string }>(`SELECT f."lastStep"::text AS "lastStep" FROM "SecondFactor" f JOIN "User" u ON u.id = f."userId" WHERE u.email = $1`, [email]);
  const { codeAt } = await import("../lib/auth/totp");
  await enterCode(page, codeAt(secret, Number(lastStep)));
  await slowExpect(page.getByText("验证码不正确或已使用")).toBeVisible();
  await slowExpect(page).toHaveURL(/\/sign-in$/);

  await enterCode(page, await freshCode(email, secret));
  await slowExpect(page).toHaveURL(/\/review$/);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();

  // a recovery code instead of the app's code, once
  await passwordStep(page);
  await page.getByRole("button", { name: "手机不在身边？使用恢复码" }).click();
  await enterCode(page, recovery[3].toUpperCase());
  await slowExpect(page).toHaveURL(/\/review$/);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();
  await passwordStep(page);
  await page.getByRole("button", { name: "手机不在身边？使用恢复码" }).click();
  await enterCode(page, recovery[3]);
  await slowExpect(page.getByText("验证码不正确或已使用")).toBeVisible();
  const used = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "RecoveryCode" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1 AND r."usedAt" IS NOT NULL`, [email]);
  expect(used).toEqual([{ n: 1 }]);
  codeRefused(email);
});
