import bcrypt from "bcryptjs";
import pg from "pg";
import type { APIRequestContext, Page } from "@playwright/test";
import { actionRoles, FACTOR_SUBJECTS, PATHS, ROLES, WRITE_ONLY, type Subject } from "./authz-matrix";
import { DEMO_TOTP_SECRET } from "../lib/seed/demo-accounts";
import { expect, loginAs, test } from "./fixtures";
import { ACCOUNT, actionsInBuild, callAction, e2eDatabaseUrl, pathsInBuild, SAME_ORIGIN, type ActionRef } from "./server-actions";

/** one probe argument: enough to get past the role check, never a valid input */
async function probe(request: APIRequestContext, a: ActionRef): Promise<string> {
  const { status, text } = await callAction(request, a, ["__authz_probe__"]);
  return `${status} ${text}`;
}

const DENIED = /"error":"(unauthenticated|forbidden)"/;

async function sql(text: string, values: unknown[] = []): Promise<void> {
  const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await c.connect();
  try {
    await c.query(text, values);
  } finally {
    await c.end();
  }
}

/** A new reviewer account (active, sci-tech), signed in with its password only. */
async function signInNewReviewer(page: Page, tag: string): Promise<string> {
  const id = `u-${tag}-${Date.now()}`;
  const email = `${id}@example.com`;
  await sql(`INSERT INTO "User"(id, email, name, "passwordHash", role, "bureauId", active) VALUES ($1, $2, '两步验证测试', $3, 'reviewer', 'sci-tech', true)`,
    [id, email, await bcrypt.hash("Factor-test-2026", 10)]);
  await loginAs(page, email, "Factor-test-2026");
  return id;
}

/**
 * Signs `page` in as `subject`. The factor subjects are reviewers: "unenrolled" has no TOTP factor;
 * "unverified" enrols one (on another device, as it were) after this password-only session began.
 */
async function signInAs(page: Page, subject: Subject): Promise<void> {
  if (subject === "visitor") return;
  if (subject === "unenrolled") {
    await signInNewReviewer(page, "unenrolled");
  } else if (subject === "unverified") {
    const id = await signInNewReviewer(page, "unverified");
    await sql(`INSERT INTO "SecondFactor"("userId", secret, "confirmedAt") VALUES ($1, $2, now())`, [id, DEMO_TOTP_SECRET]);
  } else {
    await loginAs(page, ACCOUNT[subject]);
  }
}

test.describe.configure({ mode: "serial" });

test("every action, route and page of the build has a matrix entry", () => {
  const missingActions = actionsInBuild().filter((a) => !actionRoles(a.file, a.name)).map((a) => `${a.file}#${a.name}`);
  expect(missingActions, "actions without a matrix entry").toEqual([]);
  const missingPaths = pathsInBuild().filter((p) => !(p in PATHS));
  expect(missingPaths, "pages/routes without a matrix entry").toEqual([]);
});

for (const role of [...ROLES, ...FACTOR_SUBJECTS]) {
  test(`server actions: role ${role} passes exactly where the matrix allows`, async ({ page }) => {
    await signInAs(page, role);
    const wrong: string[] = [];
    for (const a of actionsInBuild()) {
      const allowed = actionRoles(a.file, a.name)!.includes(role);
      const out = await probe(page.request, a);
      const denied = DENIED.test(out);
      if (allowed === denied) wrong.push(`${a.file}#${a.name}: expected ${allowed ? "allowed" : "denied"}, got ${out.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
  });

  test(`pages and routes: role ${role} gets in exactly where the matrix allows`, async ({ page }) => {
    await signInAs(page, role);
    const wrong: string[] = [];
    for (const [path, roles] of Object.entries(PATHS)) {
      if (path.startsWith("/api/auth")) continue;
      const url = path.replace(/\[[^\]]+\]/g, "forged-id-0000");
      const method = WRITE_ONLY[path];
      const res = method
        ? await page.request.fetch(url, { method, maxRedirects: 0, headers: SAME_ORIGIN, data: {} })
        : await page.request.get(url, { maxRedirects: 0 });
      const s = res.status();
      const toSignIn = s >= 300 && s < 400 && (res.headers()["location"] ?? "").includes("/sign-in");
      // a staff session without a second factor is sent to enrol (from /sign-in too: that is no refusal)
      const toEnrol = s >= 300 && s < 400 && (res.headers()["location"] ?? "").includes("/account/two-factor");
      const refused = toSignIn || toEnrol || s === 401 || s === 403 || (s === 404 && url.includes("forged-id") && !roles.includes(role));
      const dynamic = url.includes("forged-id");
      // a forged id is "not found" for everyone, so dynamic paths only prove the refusals
      if (!roles.includes(role) && !refused && !(dynamic && s === 404)) wrong.push(`${path}: expected refused, got ${s}`);
      if (roles.includes(role) && (toSignIn || s === 403 || (s === 401 && role !== "visitor"))) wrong.push(`${path}: expected allowed, got ${s}`);
    }
    expect(wrong).toEqual([]);
  });
}

test("a deactivated user's session stops working everywhere", async ({ page }) => {
  const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await c.connect();
  const email = `deactivated-${Date.now()}@example.com`;
  const id = `u-${Date.now()}`;
  await c.query(`INSERT INTO "User"(id, email, name, "passwordHash", role, active) VALUES ($1, $2, '停用测试', $3, 'admin', true)`,
    [id, email, await bcrypt.hash("Deactivated-2026", 10)]);
  await c.query(`INSERT INTO "SecondFactor"("userId", secret, "confirmedAt") VALUES ($1, $2, now())`, [id, DEMO_TOTP_SECRET]);
  await loginAs(page as Page, email, "Deactivated-2026");
  expect((await page.request.get("/admin", { maxRedirects: 0 })).status()).toBe(200);
  await c.query(`UPDATE "User" SET active = false WHERE email = $1`, [email]);
  await c.end();
  const res = await page.request.get("/admin", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  for (const a of actionsInBuild().filter((x) => !actionRoles(x.file, x.name)!.includes("visitor"))) {
    expect(await probe(page.request, a), `${a.file}#${a.name}`).toMatch(/"error":"unauthenticated"/);
  }
});
