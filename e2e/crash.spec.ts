// Crash safety: SIGKILL the production server at 100+ random points while applicants submit,
// restart it, retry, and check that nothing acknowledged was lost or doubled and nothing is
// half-written, and that the audit chain still verifies.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { request as pwRequest } from "@playwright/test";
import { verifyAuditChain } from "../lib/audit/verify";
import { migrate } from "../lib/db/migrate";
import { MIGRATIONS_DIR } from "../lib/db/migration-files";
import { adminQuery, serverUrl, withDatabase } from "../lib/testing/test-db";
import { expect, newCreditCode, test } from "./fixtures";

const PORT = Number(process.env.CRASH_PORT ?? 3190);
const DIST = `.next-e2e-${process.env.E2E_PORT ?? "3100"}`;
const KILLS = Number(process.env.CRASH_KILLS ?? 100);
const APPLICANTS = 6;
const DRAFTS_PER_APPLICANT = 40;
const BASE = `http://127.0.0.1:${PORT}`;
const C09 = { fiscalYear: 2025, aboveDesignatedSize: true, hasRndActivity: true, qualifications: ["tech_sme"], rndPrevYearFen: 1_000_000_000, rndThisYearFen: 1_150_000_000, eventDate: "2025-12-31" };

test.setTimeout(15 * 60_000);

async function startServer(url: string): Promise<ChildProcess> {
  const child = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env: { ...process.env, NEXT_DIST_DIR: DIST, DATABASE_URL: url, NODE_ENV: "production", NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: "crash-test-secret-0123456789abcdef", DB_POOL_MAX: "8" },
    stdio: "ignore",
  });
  // up to 60 s: a loaded CI machine starts Node slowly
  for (let i = 0; i < 1200; i++) {
    try {
      const r = await fetch(`${BASE}/sign-in`);
      if (r.ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("server did not start");
}

async function killAndWait(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  await new Promise((r) => {
    p.once("exit", r);
    p.kill("SIGKILL");
  });
}

/** signs in once; the JWT session cookie stays valid across server restarts (same secret) */
async function login(email: string): Promise<string> {
  const ctx = await pwRequest.newContext({ baseURL: BASE });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, identifier: email, password: "Crash-Test-2026", json: "true" } });
  const cookie = (await ctx.storageState()).cookies.find((c) => c.name === "next-auth.session-token");
  await ctx.dispose();
  if (!cookie) throw new Error(`login failed for ${email}`);
  return `next-auth.session-token=${cookie.value}`;
}

async function submit(cookie: string, id: string, key: string): Promise<{ ok: boolean; body: any }> {
  const res = await fetch(`${BASE}/api/cases/${id}/submit`, {
    method: "POST", headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ version: 0, submitKey: key, commitment: true }), signal: AbortSignal.timeout(5000),
  });
  const text = await res.text();
  return { ok: res.ok, body: res.ok ? JSON.parse(text) : text };
}

test("SIGKILL during submits loses nothing acknowledged and half-writes nothing", async () => {
  const name = `wh_crash_${randomBytes(3).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl(), name);
  await migrate(url, MIGRATIONS_DIR);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    // reference data: bureaus, an open round with c09
    await db.query(`INSERT INTO "Bureau"(id, "nameZh", "nameEn") VALUES ('sci-tech', '市科技局', 'Science and Technology Bureau')`);
    await db.query(`INSERT INTO "Round"(id, name, year, "opensAt", "closesAt", status, "totalBudgetFen", "updatedAt") VALUES ('r1', '崩溃测试批次', 2026, now() - interval '1 day', now() + interval '30 days', 'open', 100000000000, now())`);
    await db.query(`INSERT INTO "RoundMeasure"("roundId", "measureId", "budgetFen") VALUES ('r1', 'c09-rnd-increment', 100000000000)`);
    const hash = await bcrypt.hash("Crash-Test-2026", 10);
    const users: { email: string; drafts: string[] }[] = [];
    for (let a = 0; a < APPLICANTS; a++) {
      const org = `org-${a}`;
      await db.query(`INSERT INTO "Organisation"(id, "creditCode", name, "orgType", "registeredInCity", "contactName", "contactPhone", "updatedAt") VALUES ($1, $2, $3, 'enterprise', true, '联系人', '13800000000', now())`, [org, newCreditCode(), `崩溃测试企业${a}`]);
      const email = `crash-${a}@example.com`;
      await db.query(`INSERT INTO "User"(id, email, name, "passwordHash", role, "organisationId") VALUES ($1, $2, '申报人', $3, 'applicant', $4)`, [`user-${a}`, email, hash, org]);
      const drafts: string[] = [];
      for (let d = 0; d < DRAFTS_PER_APPLICANT; d++) {
        const id = `case-${a}-${d}`;
        await db.query(`INSERT INTO "Case"(id, "organisationId", "measureId", "roundId", "leadBureauId", subject, facts, "createdById", "updatedAt") VALUES ($1, $2, 'c09-rnd-increment', 'r1', 'sci-tech', $3, $4, $5, now())`,
          [id, org, `2025年度研发投入-${d}`, JSON.stringify(C09), `user-${a}`]);
        drafts.push(id);
      }
      users.push({ email, drafts });
    }

    const keyOf = new Map<string, string>(); // case → its one submit key
    const acked = new Map<string, string>(); // case → case number the server acknowledged
    const queue = users.flatMap((u) => u.drafts.map((id) => ({ id, email: u.email })));
    for (const q of queue) keyOf.set(q.id, `crash-${q.id}-${randomBytes(4).toString("hex")}`);
    let kills = 0;
    let server = await startServer(url);
    const cookies = new Map<string, string>();
    for (const u of users) cookies.set(u.email, await login(u.email));
    while (kills < KILLS) {
      // everything not acknowledged yet, plus a few acknowledged ones again (retries must answer the same)
      const pending = queue.filter((q) => !acked.has(q.id));
      const again = queue.filter((q) => acked.has(q.id)).slice(0, 5);
      const batch = [...pending.slice(0, 12), ...again];
      const killAfter = 5 + Math.floor(Math.random() * 250);
      const killer = setTimeout(() => server.kill("SIGKILL"), killAfter);
      await Promise.all(batch.map(async (q) => {
        try {
          const res = await submit(cookies.get(q.email)!, q.id, keyOf.get(q.id)!);
          if (res.ok) {
            const body = res.body;
            const prev = acked.get(q.id);
            if (prev) expect(body.caseNo, `retry of ${q.id} answers the same number`).toBe(prev);
            acked.set(q.id, body.caseNo);
          }
        } catch { /* connection killed: not acknowledged */ }
      }));
      clearTimeout(killer);
      await killAndWait(server);
      kills++;
      server = await startServer(url);
      if (pending.length === 0 && kills >= KILLS) break;
    }
    // after the last restart, finish every submission with its original key
    for (const q of queue) {
      const res = await submit(cookies.get(q.email)!, q.id, keyOf.get(q.id)!);
      expect(res.ok, `final submit of ${q.id}: ${JSON.stringify(res.body)}`).toBeTruthy();
      const body = res.body;
      if (acked.has(q.id)) expect(body.caseNo).toBe(acked.get(q.id));
      acked.set(q.id, body.caseNo);
    }
    await killAndWait(server);

    const rows = (await db.query(`SELECT c.id, c."caseNo", c.status, c.revision,
        (SELECT count(*) FROM "RuleDecision" d WHERE d."caseId" = c.id)::int AS decisions,
        (SELECT count(*) FROM "CaseRevision" r WHERE r."caseId" = c.id)::int AS revisions,
        (SELECT count(*) FROM "AuditEvent" e WHERE e."caseId" = c.id AND e.action = 'submit')::int AS submits
      FROM "Case" c`)).rows;
    expect(rows).toHaveLength(queue.length);
    for (const r of rows) {
      expect(r, `case ${r.id}`).toMatchObject({ status: "submitted", revision: 1, decisions: 1, revisions: 1, submits: 1, caseNo: acked.get(r.id) });
    }
    const numbers = rows.map((r) => r.caseNo);
    expect(new Set(numbers).size).toBe(numbers.length);
    const chain = await verifyAuditChain(url);
    expect(chain.brokenAt).toBeNull();
    console.log(`crash: ${kills} kill points, ${queue.length} submissions, ${chain.count} audit events, chain ok`);
  } finally {
    await db.end();
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});
