import { test as base, expect, type Page } from "@playwright/test";
import { creditCodeCheckChar } from "../lib/auth/credit-code";
import { DEMO_PASSWORD } from "../prisma/demo-accounts";

export const DEMO = {
  enterprise: "enterprise@demo.weihai.gov.cn",
  university: "university@demo.weihai.gov.cn",
  reviewerA: "reviewer1@demo.weihai.gov.cn",
  reviewerB: "reviewer2@demo.weihai.gov.cn",
  reviewerC: "reviewer3@demo.weihai.gov.cn",
  reviewerD: "reviewer4@demo.weihai.gov.cn",
  reviewerIt: "reviewer-it@demo.weihai.gov.cn",
  finance: "finance@demo.weihai.gov.cn",
  admin: "admin@demo.weihai.gov.cn",
  admin2: "admin2@demo.weihai.gov.cn",
} as const;

/** Signs in through next-auth's credentials endpoint, without the form. */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, identifier: email, password, json: "true" },
  });
  expect(res.ok()).toBeTruthy();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.uid, `signed in as ${email}`).toBeTruthy();
}

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** a fresh valid 统一社会信用代码 */
export function newCreditCode(): string {
  let body = "913710";
  while (body.length < 17) body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return body + creditCodeCheckChar(body);
}

export const test = base;
export { expect };

/**
 * Where specs write their screenshots: test-results/screenshots (ignored by git), so the test line
 * leaves the checkout clean. `npm run screenshots` refreshes the documentation's copies in
 * docs/screenshots/ (SCREENSHOTS_DIR=docs/screenshots).
 */
export const SHOTS_DIR = process.env.SCREENSHOTS_DIR ?? "test-results/screenshots";
