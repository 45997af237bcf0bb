import bcrypt from "bcryptjs";
import pg from "pg";
import type { APIRequestContext, Page } from "@playwright/test";
import { actionRoles, PATHS, POST_ONLY, ROLES } from "./authz-matrix";
import { expect, loginAs, test } from "./fixtures";
import { ACCOUNT, actionsInBuild, callAction, e2eDatabaseUrl, pathsInBuild, SAME_ORIGIN, type ActionRef } from "./server-actions";

/** one probe argument: enough to get past the role check, never a valid input */
async function probe(request: APIRequestContext, a: ActionRef): Promise<string> {
  const { status, text } = await callAction(request, a, ["__authz_probe__"]);
  return `${status} ${text}`;
}

const DENIED = /"error":"(unauthenticated|forbidden)"/;

test.describe.configure({ mode: "serial" });

test("every action, route and page of the build has a matrix entry", () => {
  const missingActions = actionsInBuild().filter((a) => !actionRoles(a.file, a.name)).map((a) => `${a.file}#${a.name}`);
  expect(missingActions, "actions without a matrix entry").toEqual([]);
  const missingPaths = pathsInBuild().filter((p) => !(p in PATHS));
  expect(missingPaths, "pages/routes without a matrix entry").toEqual([]);
});

for (const role of ROLES) {
  test(`server actions: role ${role} passes exactly where the matrix allows`, async ({ page }) => {
    if (role !== "visitor") await loginAs(page, ACCOUNT[role]);
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
    if (role !== "visitor") await loginAs(page, ACCOUNT[role]);
    const wrong: string[] = [];
    for (const [path, roles] of Object.entries(PATHS)) {
      if (path.startsWith("/api/auth")) continue;
      const url = path.replace(/\[[^\]]+\]/g, "forged-id-0000");
      const res = POST_ONLY.has(path)
        ? await page.request.post(url, { maxRedirects: 0, headers: SAME_ORIGIN, data: {} })
        : await page.request.get(url, { maxRedirects: 0 });
      const s = res.status();
      const toSignIn = s >= 300 && s < 400 && (res.headers()["location"] ?? "").includes("/sign-in");
      const refused = toSignIn || s === 401 || s === 403 || (s === 404 && url.includes("forged-id") && !roles.includes(role));
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
  await c.query(`INSERT INTO "User"(id, email, name, "passwordHash", role, active) VALUES ($1, $2, '停用测试', $3, 'admin', true)`,
    [`u-${Date.now()}`, email, await bcrypt.hash("Deactivated-2026", 10)]);
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
