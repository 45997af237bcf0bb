// Scheduled jobs against a real database: two queue workers (two pg-boss instances, as two app
// processes would run) share one database; each due notice ends once, each reminder goes out once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import type { SessionUser } from "../auth/sign-in";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import { fixedClock } from "./clock";
import { installJobQueue } from "./install";

const d = freshDatabase();
const DAY = 86_400_000;
const workers: PgBoss[] = [];

beforeAll(async () => {
  await installJobQueue(d.url);
});
afterAll(async () => {
  for (const w of workers) await w.stop({ graceful: false });
});

async function world() {
  const { db } = await import("../db/client");
  await db.round.updateMany({ data: { status: "closed" } });
  const round = await makeRound(db, { measures: ["c09-rnd-increment"] });
  const [a, b] = await Promise.all([makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech")]);
  return { db, round, a, b };
}

async function submitted(user: SessionUser) {
  const { db } = await import("../db/client");
  const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
  const draft = await startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
  const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: `标的 ${Math.random()}`, facts: { ...C09_FACTS } as Record<string, unknown> });
  await submitCase(user, { caseId: draft.id, version, submitKey: `s-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
  return db.case.findUniqueOrThrow({ where: { id: draft.id } });
}

/** runs every job once on each of two workers at the same moment (as two processes whose polls coincide) */
async function runOnBoth(at: Date) {
  const { startJobQueue } = await import("./queue");
  const { JOBS } = await import("./registry");
  let done = 0;
  const errors: unknown[] = [];
  // the outbox's sender keeps sending for most of a minute (lib/notifications/outbox.int.test.ts tests it)
  const tested = JOBS.filter((j) => j.name !== "deliver-outbox");
  const jobs = tested.map((j) => ({ ...j, handler: async (now: Date) => {
    try {
      await j.handler(now);
    } catch (e) {
      errors.push(e);
    } finally {
      done++;
    }
  } }));
  const pair = await Promise.all([0, 1].map(() => startJobQueue({ url: d.url, clock: fixedClock(at), pollSeconds: 1, schedule: false, jobs })));
  workers.push(...pair);
  // each process sends every job, as each one's scheduler would were there no singleton slot
  for (const w of pair) for (const { name } of tested) await w.send(name, {});
  const deadline = Date.now() + 30_000;
  while (done < 2 * tested.length) {
    if (Date.now() > deadline) throw new Error(`jobs did not finish within 30 s (${done} done)`);
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const w of pair) await w.stop({ graceful: true });
  workers.length = 0;
  if (errors.length) throw errors[0];
}

describe("scheduled jobs with two workers on one database", () => {
  it("end a due notice exactly once, without anyone loading a page", async () => {
    const { db, a, b } = await world();
    const { propose } = await import("../review/propose");
    const { confirm } = await import("../review/confirm");
    const c = await submitted(await makeApplicant(db));
    const p = await propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    const inNotice = await confirm(b, { caseId: c.id, version: p.version, note: "" });
    expect(inNotice.status).toBe("in_notice");

    await runOnBoth(new Date(inNotice.noticeEndsAt!.getTime() - 60_000)); // a minute early: nothing
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("in_notice");

    await runOnBoth(new Date(inNotice.noticeEndsAt!.getTime() + 60_000));
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("payable");
    expect(await db.auditEvent.count({ where: { caseId: c.id, action: "end_notice" } })).toBe(1);
    // again later: still one
    await runOnBoth(new Date(inNotice.noticeEndsAt!.getTime() + 2 * DAY));
    expect(await db.auditEvent.count({ where: { caseId: c.id, action: "end_notice" } })).toBe(1);
  });

  it("remind the applicant once, 3 working days before the fix deadline", async () => {
    const { db, a, b } = await world();
    const { propose } = await import("../review/propose");
    const { confirm } = await import("../review/confirm");
    const applicant = await makeApplicant(db);
    const c = await submitted(applicant);
    const p = await propose(a, { caseId: c.id, version: c.version, proposal: "return", reason: "材料不全", fixList: ["补充审计报告"] });
    const returned = await confirm(b, { caseId: c.id, version: p.version, note: "" });
    expect(returned.status).toBe("returned");
    const due = returned.fixDueAt!;
    // the round's default: 10 working days, ending at the end of a Beijing day
    expect(due.getTime() - Date.now()).toBeGreaterThan(10 * DAY);
    expect(new Date(due.getTime() + 1).toISOString()).toMatch(/T16:00:00\.000Z$/);
    const reminders = () => db.notification.count({ where: { userId: applicant.id, caseId: c.id, titleZh: { contains: "前补正" } } });

    await runOnBoth(new Date(due.getTime() - 8 * DAY)); // too early
    expect(await reminders()).toBe(0);
    await runOnBoth(new Date(due.getTime() - DAY / 2));
    expect(await reminders()).toBe(1);
    await runOnBoth(new Date(due.getTime() - DAY / 4));
    expect(await reminders()).toBe(1);
    const n = await db.notification.findFirstOrThrow({ where: { userId: applicant.id, caseId: c.id, titleZh: { contains: "前补正" } } });
    expect(n.bodyZh).toContain(returned.caseNo!);
    // the day as each language writes it, in Beijing time (never ISO)
    expect(n.titleZh).toMatch(/请于 \d{4}年\d{1,2}月\d{1,2}日 前补正/);
    expect(n.titleEn).toMatch(/resubmit by \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(await db.jobMark.count({ where: { caseId: c.id, key: { startsWith: "fix-due:" } } })).toBe(1);
  });

  it("remind organisations with a draft once before the round closes", async () => {
    const { db } = await import("../db/client");
    await db.round.updateMany({ data: { status: "closed" } });
    const closesAt = new Date(Date.now() + 40 * DAY);
    await makeRound(db, { measures: ["c09-rnd-increment"], closesAt });
    const applicant = await makeApplicant(db);
    const { startDraft } = await import("../testing/applicant-services");
    await startDraft(applicant, "c09-rnd-increment", `k-${Math.random()}`);
    const reminders = () => db.notification.count({ where: { userId: applicant.id, titleZh: { contains: "将于" } } });
    await runOnBoth(new Date(closesAt.getTime() - 20 * DAY));
    expect(await reminders()).toBe(0);
    await runOnBoth(new Date(closesAt.getTime() - DAY));
    await runOnBoth(new Date(closesAt.getTime() - DAY / 2));
    expect(await reminders()).toBe(1);
  });

  it("flag a case past its stage limit to the bureau's reviewers once per stage", async () => {
    const { db, a } = await world();
    const c = await submitted(await makeApplicant(db));
    const flags = () => db.notification.count({ where: { userId: a.id, caseId: c.id, titleZh: { contains: "时限" } } });
    await runOnBoth(new Date(c.statusSince.getTime() + 5 * DAY)); // within 15 working days
    expect(await flags()).toBe(0);
    await runOnBoth(new Date(c.statusSince.getTime() + 40 * DAY));
    await runOnBoth(new Date(c.statusSince.getTime() + 41 * DAY));
    expect(await flags()).toBe(1);
    const n = await db.notification.findFirstOrThrow({ where: { userId: a.id, caseId: c.id, titleZh: { contains: "时限" } } });
    expect(n.bodyZh).toMatch(/超过本批次规定的 15 个工作日/);
  });

  it("expire the offers nobody accepted before their round closed, once, and leave the rest", async () => {
    const { db, round } = await world();
    const admin = await makeStaff(db, "admin");
    const [late, early] = await Promise.all([makeApplicant(db), makeApplicant(db)]);
    const imp = await db.offerImport.create({ data: { measureId: "c17-hte-growth", roundId: round.id, fileName: "名单.xlsx", importedById: admin.id, rowCount: 2, offeredCount: 2, report: [] } });
    const closes = new Date(Date.now() + 10 * DAY);
    const offer = (user: SessionUser, expiresAt: Date) => db.offer.create({ data: {
      measureId: "c17-hte-growth", organisationId: user.organisationId!, importId: imp.id, roundId: round.id, subject: `名单 ${Math.random()}`,
      facts: {}, decision: {}, ceilingFen: 5_000_000n, expiresAt,
    } });
    const [due, open] = await Promise.all([offer(late, closes), offer(early, new Date(closes.getTime() + 5 * DAY))]);
    const status = async (id: string) => (await db.offer.findUniqueOrThrow({ where: { id } })).status;
    const audits = () => db.auditEvent.count({ where: { action: "offers_expire", data: { path: ["offers"], array_contains: [{ id: due.id }] } } });

    await runOnBoth(new Date(closes.getTime() - 60_000)); // before it closes: still offered
    expect(await status(due.id)).toBe("offered");
    await runOnBoth(new Date(closes.getTime() + 60_000));
    expect(await status(due.id)).toBe("expired");
    expect(await status(open.id)).toBe("offered");
    expect(await audits()).toBe(1);
    await runOnBoth(new Date(closes.getTime() + 2 * DAY)); // again: nothing more
    expect(await audits()).toBe(1);
  });
});
