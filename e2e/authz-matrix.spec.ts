import { readFileSync } from "node:fs";
import bcrypt from "bcryptjs";
import pg from "pg";
import type { APIRequestContext, Page } from "@playwright/test";
import { serverUrl, withDatabase } from "../lib/testing/test-db";
import { actionRoles, PATHS, POST_ONLY, ROLES, type Role } from "./authz-matrix";
import { DEMO, expect, loginAs, test } from "./fixtures";

const PORT = process.env.E2E_PORT ?? "3100";
const DIST = `.next-e2e-${PORT}`;
const ACCOUNT: Record<Exclude<Role, "visitor">, string> = { applicant: DEMO.enterprise, reviewer: DEMO.reviewerA, finance: DEMO.finance, admin: DEMO.admin };

type ActionRef = { id: string; file: string; name: string; page: string };

function actionsInBuild(): ActionRef[] {
  const m = JSON.parse(readFileSync(`${DIST}/server/server-reference-manifest.json`, "utf8"));
  return Object.entries(m.node as Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>).map(([id, v]) => ({
    id, file: v.filename, name: v.exportedName, page: pagePath(Object.keys(v.workers)[0]),
  }));
}

/** "app/(admin)/admin/lpr/page" → "/admin/lpr" (dynamic segments get a forged id) */
function pagePath(worker: string): string {
  const p = worker.replace(/^app/, "").replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "");
  return (p || "/").replace(/\[\.\.\.[^\]]+\]/g, "x").replace(/\[[^\]]+\]/g, "forged-id-0000");
}

function pathsInBuild(): string[] {
  const m = JSON.parse(readFileSync(`${DIST}/server/app-paths-manifest.json`, "utf8")) as Record<string, string>;
  return [...new Set(Object.keys(m).map((k) => k.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/"))]
    .filter((p) => !p.startsWith("/_") && !p.includes("favicon") && p !== "/forbidden");
}

/** Calls a server action the way the browser does; returns the flight text of the answer. */
async function callAction(request: APIRequestContext, a: ActionRef): Promise<string> {
  const res = await request.post(a.page, {
    headers: { "Next-Action": a.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: `http://127.0.0.1:${PORT}` },
    data: JSON.stringify(["__authz_probe__"]),
    maxRedirects: 0,
  });
  return `${res.status()} ${await res.text()}`;
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
      const out = await callAction(page.request, a);
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
        ? await page.request.post(url, { maxRedirects: 0, headers: { Origin: `http://127.0.0.1:${PORT}` }, data: {} })
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
  const url = withDatabase(serverUrl(), process.env.E2E_DB_NAME ?? "wh_e2e");
  const c = new pg.Client({ connectionString: url });
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
    expect(await callAction(page.request, a), `${a.file}#${a.name}`).toMatch(/"error":"unauthenticated"/);
  }
});
