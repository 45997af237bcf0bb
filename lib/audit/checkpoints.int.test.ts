// The audit log against someone with database access (issue 16 §7): the portal's role may only
// append, a trigger stops even the owner until it is switched off, and the signed checkpoints
// kept outside the database catch what the owner can still do.
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sign-in";
import { tamperAsOwner } from "../testing/audit-tamper";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { createTestDatabase, useDatabase, withUser, type TestDb } from "../testing/test-db";
import { auditBody, auditHash } from "./chain";
import { checkpointFile, lastCheckpoint, readCheckpoints, signCheckpoint } from "./checkpoint-file";
import { verifyAuditChain } from "./verify";

let d: TestDb;
let appUrl: string;
beforeAll(async () => {
  d = await createTestDatabase();
  appUrl = withUser(d.url, "weihai_app");
  // everything the portal does in this file runs as the app role
  await useDatabase(appUrl);
});
afterAll(async () => {
  const { db } = await import("../db/client");
  await db.$disconnect();
  await d.drop();
});

const DAY = 86_400_000;
const source = () => ({ dir: process.env.AUDIT_CHECKPOINT_DIR!, key: process.env.AUDIT_SIGNING_KEY! });
const file = () => checkpointFile(process.env.AUDIT_CHECKPOINT_DIR!, d.name);

/** audit:verify's last line and exit status */
function verifyCli(): { line: string; ok: boolean } {
  const run = () => execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/tools/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: d.url }, encoding: "utf8" });
  try {
    return { line: run().trim().split("\n").pop()!, ok: true };
  } catch (e) {
    return { line: String((e as { stdout: string }).stdout).trim().split("\n").pop()!, ok: false };
  }
}

async function query(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

/** appends an event through audit_append as `url`'s role, with the body the chain expects */
async function append(url: string, action: string) {
  const createdAt = new Date();
  const body = auditBody({ caseId: null, actorId: null, action, fromStatus: null, toStatus: null, data: {}, createdAt });
  await query(url, `SELECT audit_append(NULL, NULL, $1, NULL, NULL, '{}'::jsonb, $2, $3)`, [action, createdAt.toISOString(), body]);
}

/** a case taken from submission to payment through the services (the real state machine) */
async function paidCase() {
  const { db } = await import("../db/client");
  await db.round.updateMany({ data: { status: "closed" } });
  await makeRound(db);
  const [a, b, finance] = await Promise.all([makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "finance", "finance")]);
  const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
  const user: SessionUser = await makeApplicant(db);
  const draft = await startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
  const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: `标的 ${Math.random()}`, facts: C09_FACTS });
  await submitCase(user, { caseId: draft.id, version, submitKey: `s-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
  const { propose } = await import("../review/propose");
  const { confirm } = await import("../review/confirm");
  const { endDueNotices } = await import("../review/end-notice");
  const { confirmPayment } = await import("../finance/payment");
  const { beijingDate } = await import("../calendar/working-days");
  const c = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
  const p = await propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_000_000, reason: "部分费用不予认定" });
  await confirm(b, { caseId: c.id, version: p.version, note: "" });
  await endDueNotices(new Date(Date.now() + 30 * DAY));
  const cur = await db.case.findUniqueOrThrow({ where: { id: c.id } });
  return { caseId: c.id, paid: await confirmPayment(finance, { caseId: c.id, version: cur.version, amountFen: 7_000_000, paidOn: beijingDate(), voucherNo: "CZ-1" }) };
}

/** runs a tampering, checks what is reported, then puts the log back as it was */
async function tampered(change: (c: pg.Client) => Promise<unknown>, check: () => Promise<void>) {
  await query(d.url, `CREATE TABLE audit_backup AS SELECT * FROM "AuditEvent"`);
  try {
    await tamperAsOwner(d.url, change);
    await check();
  } finally {
    await tamperAsOwner(d.url, async (c) => {
      await c.query(`DELETE FROM "AuditEvent"`);
      await c.query(`INSERT INTO "AuditEvent" SELECT * FROM audit_backup`);
      await c.query(`DROP TABLE audit_backup`);
    });
  }
}

describe("the portal's database role", () => {
  it("runs a case to payment as weihai_app; the payment writes a signed checkpoint and an untouched log passes audit:verify", async () => {
    const { db } = await import("../db/client");
    expect((await db.$queryRaw<{ u: string }[]>`SELECT current_user AS u`)[0].u).toBe("weihai_app");
    const { caseId, paid } = await paidCase();
    expect(paid.status).toBe("paid");
    const pay = await db.auditEvent.findFirstOrThrow({ where: { caseId, action: "pay" } });
    const head = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(paid.checkpoint).toMatchObject({ n: 1, headId: head.id.toString(), sig: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(head.id).toBeGreaterThanOrEqual(pay.id);
    expect((await db.payment.findUniqueOrThrow({ where: { caseId } })).checkpoint).toEqual(paid.checkpoint);
    const written = lastCheckpoint(file())!;
    expect(written).toMatchObject({ n: 1, database: d.name, headId: head.id.toString(), headHash: head.hash, count: await db.auditEvent.count() });

    const r = await verifyAuditChain(d.url, source());
    expect(r).toMatchObject({ brokenAt: null, problem: null, count: await db.auditEvent.count(), checkpoint: { n: 1 } });
    expect(verifyCli()).toEqual({ line: `audit: ${r.count} events, chain ok, checkpoint #1 at ${head.id} ok`, ok: true });
  });

  it("may insert audit events and change other tables, but not update, delete or truncate audit events", async () => {
    await append(appUrl, "role_test");
    await query(appUrl, `UPDATE "Case" SET "updatedAt" = "updatedAt"`);
    await expect(query(appUrl, `UPDATE "AuditEvent" SET data = '{}' WHERE action = 'role_test'`)).rejects.toThrow(/permission denied/);
    await expect(query(appUrl, `DELETE FROM "AuditEvent" WHERE action = 'role_test'`)).rejects.toThrow(/permission denied/);
    await expect(query(appUrl, `TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(query(appUrl, `SELECT * FROM "_app_migrations"`)).rejects.toThrow(/permission denied/);
    // the chain stays sound: the appended event went through audit_append
    expect((await verifyAuditChain(d.url, source())).brokenAt).toBeNull();
  });

  it("the owner is stopped by the trigger too, until it switches the trigger off", async () => {
    await expect(query(d.url, `UPDATE "AuditEvent" SET data = '{}' WHERE action = 'role_test'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(query(d.url, `DELETE FROM "AuditEvent" WHERE action = 'role_test'`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(query(d.url, `TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE refused/);
  });
});

describe("checkpoints against the owner", () => {
  it("(a) deleting the newest event after a checkpoint is reported (the chain alone still verifies)", async () => {
    const { writeCheckpoint } = await import("./checkpoint");
    const k = (await writeCheckpoint("test"))!;
    expect(k.headId).toBe((await query(d.url, `SELECT max(id)::text AS id FROM "AuditEvent"`)).rows[0].id);
    await tampered((c) => c.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [k.headId]), async () => {
      // what audit:verify said before checkpoints: the shorter chain is sound
      expect(await verifyAuditChain(d.url)).toMatchObject({ brokenAt: null, count: k.count - 1 });
      const r = await verifyAuditChain(d.url, source());
      expect(r).toMatchObject({ brokenAt: k.headId, problem: expect.stringMatching(`event missing, checkpoint #${k.n}`) });
      const cli = verifyCli();
      expect(cli.ok).toBe(false);
      expect(cli.line).toMatch(new RegExp(`^audit: chain broken at ${k.headId}: event missing, checkpoint #${k.n} `));
      // and the portal refuses to sign over it
      await expect(writeCheckpoint("test")).rejects.toThrow(/no longer matches checkpoint/);
    });
    expect(verifyCli().ok).toBe(true);
  });

  it("(b) editing an event and recomputing every later hash is reported at the checkpoint", async () => {
    const { caseId, id: payId } = (await query(d.url, `SELECT "caseId", id::text FROM "AuditEvent" WHERE action = 'pay' LIMIT 1`)).rows[0];
    // the first checkpoint signed after the edited event is where the edit shows
    const k = readCheckpoints(file()).checkpoints.find((x) => BigInt(x.headId) >= BigInt(payId))!;
    await tampered(async (c) => {
      const { rows } = await c.query(`SELECT id::text, "caseId", "actorId", action, "fromStatus", "toStatus", data, hash,
        to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt" FROM "AuditEvent" ORDER BY "AuditEvent".id`);
      let prev = "0".repeat(64);
      let changed = false;
      for (const r of rows) {
        if (r.action === "pay" && r.caseId === caseId) {
          r.data = { ...r.data, amountFen: 70_000_000 };
          changed = true;
        }
        const hash = auditHash(prev, { ...r, createdAt: new Date(r.createdAt) });
        if (changed) await c.query(`UPDATE "AuditEvent" SET data = $2, "prevHash" = $3, hash = $4 WHERE id = $1`, [r.id, r.data, prev, hash]);
        prev = hash;
      }
    }, async () => {
      // the chain alone cannot tell
      expect((await verifyAuditChain(d.url)).brokenAt).toBeNull();
      const r = await verifyAuditChain(d.url, source());
      expect(r).toMatchObject({ brokenAt: k.headId, problem: expect.stringMatching(`hash differs from checkpoint #${k.n} `) });
      const cli = verifyCli();
      expect(cli.ok).toBe(false);
      expect(cli.line).toMatch(new RegExp(`^audit: chain broken at ${k.headId}: hash differs from checkpoint #${k.n} `));
    });
  });

  it("(c) a forged checkpoint (not signed with the key) is reported", async () => {
    const before = readFileSync(file(), "utf8");
    const k = lastCheckpoint(file())!;
    const { sig: _sig, ...rest } = k;
    appendFileSync(file(), JSON.stringify(signCheckpoint("someone-elses-key-0123456789abcdef", { ...rest, n: k.n + 1, count: k.count - 1 })) + "\n");
    try {
      expect(await verifyAuditChain(d.url, source())).toMatchObject({ problem: `checkpoint #${k.n + 1} signature invalid` });
      expect(verifyCli()).toEqual({ line: `audit: checkpoint #${k.n + 1} signature invalid`, ok: false });
    } finally {
      writeFileSync(file(), before);
    }
  });

  it("(d) the untouched log, with every checkpoint written, passes", async () => {
    const { writeCheckpoint } = await import("./checkpoint");
    await append(appUrl, "later");
    const k = (await writeCheckpoint("test"))!;
    const count = Number((await query(d.url, `SELECT count(*) AS n FROM "AuditEvent"`)).rows[0].n);
    expect(k.count).toBe(count);
    expect(verifyCli()).toEqual({ line: `audit: ${count} events, chain ok, checkpoint #${k.n} at ${k.headId} ok`, ok: true });
  });
});
