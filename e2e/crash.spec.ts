// Crash safety: SIGKILL the production server at 100+ random points while applicants submit and
// reviewers decide, restart it, retry, and check that nothing acknowledged was lost or doubled,
// nothing is half-written, and the audit chain still verifies.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { verifyAuditChain } from "../lib/audit/verify";
import { migrate } from "../lib/db/migrate";
import { MIGRATIONS_DIR } from "../lib/db/migration-files";
import { DEMO_TOTP_SECRET } from "../lib/seed/demo-accounts";
import { adminQuery, serverUrl, withDatabase } from "../lib/testing/test-db";
import { DecisionCrash } from "./crash-decisions";
import { CRASH_BASE, CRASH_PASSWORD, CrashServer } from "./crash-server";
import { expect, newCreditCode, test } from "./fixtures";

const KILLS = Number(process.env.CRASH_KILLS ?? 100);
/** at least half of the kill points fall while reviewers decide */
const DECIDE_KILLS = Math.ceil(KILLS / 2);
const SUBMIT_KILLS = KILLS - DECIDE_KILLS;
// one c09 claim per organisation and fiscal year (measures.md rule 8): five years' drafts each
const APPLICANTS = 48;
const DRAFTS_PER_APPLICANT = 5;
/** of each applicant's submitted cases, this many go through review */
const DECIDED_PER_APPLICANT = 1;
const C09 = { fiscalYear: 2025, aboveDesignatedSize: true, hasRndActivity: true, qualifications: ["tech_sme"], rndPrevYearFen: 1_000_000_000, rndThisYearFen: 1_150_000_000, eventDate: "2025-12-31" };
const REVIEWERS = ["crash-reviewer-a@example.com", "crash-reviewer-b@example.com"];

test.setTimeout(15 * 60_000);

async function submit(cookie: string, id: string, key: string): Promise<{ ok: boolean; body: any }> {
  const res = await fetch(`${CRASH_BASE}/api/cases/${id}/submit`, {
    method: "POST", headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ version: 0, submitKey: key, commitment: true, acceptMissingDocuments: true }), signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  return { ok: res.ok, body: res.ok ? JSON.parse(text) : text };
}

test("SIGKILL while applicants submit and reviewers decide loses nothing acknowledged and half-writes nothing", async () => {
  const name = `wh_crash_${randomBytes(3).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl(), name);
  await migrate(url, MIGRATIONS_DIR);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const server = new CrashServer(url, db);
  try {
    // reference data: the lead bureau and two of its reviewers, an open round with c09
    await db.query(`INSERT INTO "Bureau"(id, "nameZh", "nameEn") VALUES ('sci-tech', '市科技局', 'Science and Technology Bureau')`);
    await db.query(`INSERT INTO "Round"(id, name, year, "opensAt", "closesAt", status, "totalBudgetFen", "updatedAt") VALUES ('r1', '崩溃测试批次', 2026, now() - interval '1 day', now() + interval '30 days', 'open', 100000000000, now())`);
    await db.query(`INSERT INTO "RoundMeasure"("roundId", "measureId", "budgetFen") VALUES ('r1', 'c09-rnd-increment', 100000000000)`);
    const hash = await bcrypt.hash(CRASH_PASSWORD, 10);
    const reviewerIds: [string, string] = ["reviewer-a", "reviewer-b"];
    for (const [i, email] of REVIEWERS.entries()) {
      await db.query(`INSERT INTO "User"(id, email, name, "passwordHash", role, "bureauId") VALUES ($1, $2, $3, $4, 'reviewer', 'sci-tech')`, [reviewerIds[i], email, `复核人${i}`, hash]);
      await db.query(`INSERT INTO "SecondFactor"("userId", secret, "confirmedAt") VALUES ($1, $2, now())`, [reviewerIds[i], DEMO_TOTP_SECRET]);
    }
    const users: { email: string; drafts: string[] }[] = [];
    for (let a = 0; a < APPLICANTS; a++) {
      const org = `org-${a}`;
      // verified, with the bank account a submission fixes into the case
      await db.query(`INSERT INTO "Organisation"(id, "creditCode", name, "orgType", "registeredInCity", "contactName", "contactPhone", "bankAccountName", "bankName", "bankAccountNo", "updatedAt", "verifiedAt")
        VALUES ($1, $2, $3, 'enterprise', true, '联系人', '13800000000', $3, '威海市商业银行', $4, now(), now())`, [org, newCreditCode(), `崩溃测试企业${a}`, `81700000${String(a).padStart(8, "0")}`]);
      const email = `crash-${a}@example.com`;
      await db.query(`INSERT INTO "User"(id, email, name, "passwordHash", role, "organisationId") VALUES ($1, $2, '申报人', $3, 'applicant', $4)`, [`user-${a}`, email, hash, org]);
      const drafts: string[] = [];
      for (let d = 0; d < DRAFTS_PER_APPLICANT; d++) {
        const id = `case-${a}-${d}`;
        await db.query(`INSERT INTO "Case"(id, "organisationId", "measureId", "roundId", "leadBureauId", subject, facts, "createdById", "updatedAt") VALUES ($1, $2, 'c09-rnd-increment', 'r1', 'sci-tech', $3, $4, $5, now())`,
          [id, org, `${2023 + d}年度研发投入`, JSON.stringify({ ...C09, fiscalYear: 2023 + d, eventDate: `${2023 + d}-12-31` }), `user-${a}`]);
        drafts.push(id);
      }
      users.push({ email, drafts });
    }

    const keyOf = new Map<string, string>(); // case → its one submit key
    const acked = new Map<string, string>(); // case → case number the server acknowledged
    const queue = users.flatMap((u) => u.drafts.map((id) => ({ id, email: u.email })));
    for (const q of queue) keyOf.set(q.id, `crash-${q.id}-${randomBytes(4).toString("hex")}`);
    await server.start();
    const cookies = new Map<string, string>();
    for (const u of users) cookies.set(u.email, await server.login(u.email));
    /** true when the server answered; a retry of an acknowledged submission must answer the same number */
    const submitOnce = async (q: { id: string; email: string }): Promise<boolean> => {
      let res: Awaited<ReturnType<typeof submit>>;
      try {
        res = await submit(cookies.get(q.email)!, q.id, keyOf.get(q.id)!);
      } catch {
        return false; // connection killed: not acknowledged
      }
      if (res.ok) {
        const prev = acked.get(q.id);
        if (prev) expect(res.body.caseNo, `retry of ${q.id} answers the same number`).toBe(prev);
        acked.set(q.id, res.body.caseNo);
      }
      return true;
    };
    while (server.kills < SUBMIT_KILLS) {
      // what is not acknowledged yet, spread over the kill points left, plus a few acknowledged ones again
      const pending = queue.filter((q) => !acked.has(q.id));
      const again = queue.filter((q) => acked.has(q.id)).slice(0, 5);
      const batch = pending.slice(0, Math.ceil(pending.length / (SUBMIT_KILLS - server.kills)) + 2);
      await server.killDuring(() => [...batch, ...again].map(submitOnce), batch.length);
    }
    const submitCut = server.interrupted;
    // after the last restart, finish every submission with its original key
    for (let i = 0; i < queue.length; i += 6) {
      await Promise.all(queue.slice(i, i + 6).map(async (q) => {
        const res = await submit(cookies.get(q.email)!, q.id, keyOf.get(q.id)!);
        expect(res.ok, `final submit of ${q.id}: ${JSON.stringify(res.body)}`).toBeTruthy();
        if (acked.has(q.id)) expect(res.body.caseNo).toBe(acked.get(q.id));
        acked.set(q.id, res.body.caseNo);
      }));
    }

    const rows = (await db.query(`SELECT c.id, c."caseNo", c.status, c.revision, c.version,
        (SELECT count(*) FROM "RuleDecision" d WHERE d."caseId" = c.id)::int AS decisions,
        (SELECT count(*) FROM "CaseRevision" r WHERE r."caseId" = c.id)::int AS revisions,
        (SELECT count(*) FROM "AuditEvent" e WHERE e."caseId" = c.id AND e.action = 'submit')::int AS submits
      FROM "Case" c`)).rows;
    expect(rows).toHaveLength(queue.length);
    for (const r of rows) {
      expect(r, `case ${r.id}`).toMatchObject({ status: "submitted", revision: 1, version: 1, decisions: 1, revisions: 1, submits: 1, caseNo: acked.get(r.id) });
    }
    const numbers = rows.map((r) => r.caseNo);
    expect(new Set(numbers).size).toBe(numbers.length);

    // reviewers A and B decide on some of each applicant's cases while the server is killed
    const reviewerCookies: [string, string] = [await server.login(REVIEWERS[0]), await server.login(REVIEWERS[1])];
    const decided = users.flatMap((u) => u.drafts.slice(0, DECIDED_PER_APPLICANT));
    const decisions = new DecisionCrash(db, reviewerCookies, decided);
    await decisions.crash(server, DECIDE_KILLS);
    await decisions.finish();
    await server.stop();
    await decisions.check(reviewerIds);
    // nothing else moved: the other cases as submitted, no stray events or proposals
    const { rows: [totals] } = await db.query(`SELECT
        (SELECT count(*) FROM "Case" WHERE id <> ALL($1) AND status = 'submitted' AND version = 1)::int AS untouched,
        (SELECT count(*) FROM "ReviewAction" WHERE "caseId" <> ALL($1))::int AS "strayProposals",
        (SELECT count(*) FROM "AuditEvent")::int AS events`, [decided]);
    expect(totals).toEqual({ untouched: queue.length - decided.length, strayProposals: 0, events: queue.length + decisions.decisions });

    const chain = await verifyAuditChain(url);
    expect(chain.brokenAt).toBeNull();
    console.log(`crash: ${server.kills} kill points (${SUBMIT_KILLS} submit, ${DECIDE_KILLS} decide; ${submitCut} + ${server.interrupted - submitCut} cut requests off), `
      + `${queue.length} submissions, ${decisions.decisions} decisions (${decisions.committedUnderKills} under kills, ${decisions.committedUnanswered} committed unanswered, ${decisions.replayed} repeats refused), `
      + `${chain.count} audit events, chain ok`);
  } finally {
    await server.dispose();
    await db.end();
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});
