import { test as base, expect, type Page } from "@playwright/test";
import { composeCreditCode } from "../lib/auth/credit-code";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../lib/seed/demo-accounts";
import { codeRefused, freshCode } from "./totp-codes";

export const DEMO = {
  enterprise: "enterprise@demo.weihai.gov.cn",
  university: "university@demo.weihai.gov.cn",
  reviewerA: "reviewer1@demo.weihai.gov.cn",
  reviewerB: "reviewer2@demo.weihai.gov.cn",
  reviewerC: "reviewer3@demo.weihai.gov.cn",
  reviewerD: "reviewer4@demo.weihai.gov.cn",
  reviewerIt: "reviewer-it@demo.weihai.gov.cn",
  finance: "finance@demo.weihai.gov.cn",
  finance2: "finance2@demo.weihai.gov.cn",
  admin: "admin@demo.weihai.gov.cn",
  admin2: "admin2@demo.weihai.gov.cn",
} as const;

/**
 * Staff sessions already signed in by this worker, per origin and account. The server accepts each
 * TOTP time step once per account (no replay), so a second sign-in within 30 s would wait for the
 * clock; a staff account's session is signed in once and its cookie reused while the server still
 * honours it (a test that signs out ends it on the server, and the next loginAs signs in again).
 */
const staffSessions = new Map<string, { name: string; value: string }[]>();

async function sessionUid(page: Page): Promise<string | undefined> {
  const session = await (await page.request.get("/api/auth/session")).json();
  return session?.uid;
}

/**
 * Signs in through next-auth's credentials endpoint, without the form. An account with a TOTP factor
 * (the demo staff, or one given `totpSecret`) is asked for its code, computed here from the secret.
 * `fresh: true` always signs in anew (for tests about sessions themselves).
 */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD, { totpSecret = DEMO_TOTP_SECRET, fresh = false } = {}): Promise<void> {
  const origin = new URL((await page.request.get("/api/auth/csrf")).url()).origin;
  const key = `${origin} ${email} ${password}`;
  const kept = fresh ? undefined : staffSessions.get(key);
  if (kept) {
    await page.context().addCookies(kept.map((c) => ({ ...c, url: origin })));
    if (await sessionUid(page)) return;
    staffSessions.delete(key);
    for (const c of kept) await page.context().clearCookies({ name: c.name });
  }
  const attempt = async (code?: string) => {
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, identifier: email, password, json: "true", ...(code ? { code } : {}) },
    });
    // next-auth answers a refused sign-in with 401 and the error code in the JSON's url
    expect([200, 401], await res.text()).toContain(res.status());
    return new URL((await res.json()).url as string).searchParams.get("error");
  };
  let error = await attempt();
  let usedFactor = false;
  for (let i = 0; error === "second_factor" || (error === "code_invalid" && i < 3); i++) {
    if (error === "code_invalid") codeRefused(email);
    usedFactor = true;
    error = await attempt(await freshCode(email, totpSecret));
  }
  expect(error, `signed in as ${email}`).toBeNull();
  expect(await sessionUid(page), `signed in as ${email}`).toBeTruthy();
  if (usedFactor) {
    const cookies = await page.context().cookies(origin);
    staffSessions.set(key, cookies.filter((c) => c.name.includes("session-token")).map(({ name, value }) => ({ name, value })));
  }
}

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** a fresh valid 统一社会信用代码 registered at Weihai city level (both check characters right) */
export function newCreditCode(): string {
  let body = "";
  while (body.length < 8) body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return composeCreditCode("91371000", body);
}

/**
 * Every test closes the browser contexts it opened (`browser.newContext()` for a second user).
 * The worker's browser lives for the whole run: a context left open keeps its pages polling the
 * server (the notification bell), and by the end of a run some ninety renderers competed with the
 * server for the machine's two cores.
 */
export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [async ({ browser }, use) => {
    const before = new Set(browser.contexts());
    await use();
    await Promise.all(browser.contexts().filter((c) => !before.has(c)).map((c) => c.close().catch(() => {})));
  }, { auto: true }],
});
export { expect };

/**
 * Where specs write their screenshots: test-results/screenshots (ignored by git), so the test line
 * leaves the checkout clean. `npm run screenshots` refreshes the documentation's copies in
 * docs/screenshots/ (SCREENSHOTS_DIR=docs/screenshots).
 */
export const SHOTS_DIR = process.env.SCREENSHOTS_DIR ?? "test-results/screenshots";
