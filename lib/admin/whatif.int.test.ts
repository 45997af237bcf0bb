import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sign-in";
import { C09_FACTS, makeApplicant, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import { utcToBeijingInput } from "./beijing-time";

const d = freshDatabase();
beforeAll(async () => {
  const { db } = await import("../db/client");
  const { seedReference } = await import("../seed/seed");
  await seedReference(db);
});

const C01 = "c01-municipal-platform";
const C25 = "c25-ip-pledge-interest";
const c01 = (grade: string) => ({ platformType: "key_lab", grade, eventDate: "2025-06-30" });
// ¥10m at the 2025-05 LPR (300 bp): 20% subsidy for a full year (2026, the year after signing) = ¥60,000;
// interest paid ¥300,000 does not bind
const C25_FACTS = { isSme: true, principalFen: 1_000_000_000, contractDate: "2025-06-10", loanDaysInYear: 365, interestPaidFen: 30_000_000, eventDate: "2026-06-30" };

let seq = 0;
async function submitted(user: SessionUser, measureId: string, facts: Record<string, unknown>, subject = `subject-${++seq}`) {
  const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
  const draft = await startDraft(user, measureId, `k-${Date.now()}-${++seq}`);
  const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject, facts });
  await submitCase(user, { caseId: draft.id, version, submitKey: `s-${Date.now()}-${++seq}`, commitment: true, acceptMissingDocuments: true });
  return draft.id;
}

async function setup() {
  const { db } = await import("../db/client");
  const { createRound, setRoundStatus } = await import("./rounds");
  const admin = await makeStaff(db, "admin");
  const now = Date.now();
  // applications go to the open round closing first: this test's round is the only open one
  await db.round.updateMany({ where: { status: "open" }, data: { status: "closed" } });
  const round = await createRound(admin, {
    name: `测算批次 ${now}`, year: 2026, opensAt: utcToBeijingInput(new Date(now - 3_600_000)), closesAt: utcToBeijingInput(new Date(now + 86_400_000)),
    totalBudget: "10000000", measureIds: [C01, "c09-rnd-increment", C25], budgets: { [C01]: "5000000", "c09-rnd-increment": "4000000", [C25]: "1000000" },
    noticeDays: 7, eligibleGrades: { [C01]: ["excellent", "good"] }, blacklistCheck: true,
  });
  await setRoundStatus(admin, round.id, "open");
  const [a, b, c, e] = [await makeApplicant(db), await makeApplicant(db), await makeApplicant(db), await makeApplicant(db)];
  const blacklisted = await makeApplicant(db, { creditBlacklisted: true });
  const ids = {
    good: await submitted(a, C01, c01("good")), // loses eligibility when only excellent is selected
    excellent: await submitted(b, C01, c01("excellent")), // unchanged
    pass: await submitted(c, C01, c01("pass")), // ineligible either way
    c09: await submitted(a, "c09-rnd-increment", C09_FACTS), // unchanged
    paidGood: await submitted(e, C01, c01("good")), // changes too, but is no longer open
    blacklistedC09: await submitted(blacklisted, "c09-rnd-increment", C09_FACTS), // eligible once the check is off
    c25: await submitted(b, C25, C25_FACTS), // another ceiling with another LPR
  };
  await db.case.update({ where: { id: ids.paidGood }, data: { status: "paid", approvedFen: 50_000_000n, decidedAt: new Date(), paidAt: new Date() } });
  const { startDraft } = await import("../testing/applicant-services");
  await startDraft(c, C01, `k-draft-${now}`); // drafts are not rerun
  return { db, admin, round: await db.round.findUniqueOrThrow({ where: { id: round.id } }), ids };
}

describe("what-if", () => {
  it("counts a known change correctly and changes nothing", async () => {
    const { db, admin, round, ids } = await setup();
    const { previewWhatIf } = await import("./whatif-apply");
    const before = await db.case.findMany({ orderBy: { id: "asc" } });

    const same = await previewWhatIf(admin, round.id, {});
    expect(same).toMatchObject({ cases: 7, changedCases: 0, deltaFen: 0 });

    const r = await previewWhatIf(admin, round.id, { eligibleGrades: { [C01]: ["excellent"] } });
    expect(r).toMatchObject({ cases: 7, changedCases: 2, becameIneligible: 2, becameEligible: 0, ceilingChanged: 0, deltaFen: -100_000_000 });
    expect(r.changed.map((c) => c.id).sort()).toEqual([ids.good, ids.paidGood].sort());
    expect(r.changed.find((c) => c.id === ids.good)).toMatchObject({ before: { eligible: true, ceilingFen: 50_000_000 }, after: { eligible: false, ceilingFen: 0 }, reason: { code: "grade" } });
    expect(r.openAffectedIds).toEqual([ids.good]);
    expect(r.byMeasure[C01]).toMatchObject({ cases: 4, changed: 2 });

    const bl = await previewWhatIf(admin, round.id, { blacklistCheck: false });
    expect(bl).toMatchObject({ changedCases: 1, becameEligible: 1, deltaFen: 7_500_000 });
    expect(bl.changed[0].id).toBe(ids.blacklistedC09);

    const lpr = await previewWhatIf(admin, round.id, { lpr: { month: "2025-05", bp: 280 } });
    expect(lpr).toMatchObject({ changedCases: 1, ceilingChanged: 1, deltaFen: 5_600_000 - 6_000_000 });
    expect(lpr.changed[0]).toMatchObject({ id: ids.c25, before: { ceilingFen: 6_000_000 }, after: { ceilingFen: 5_600_000 } });

    // small batches give the same answer (the cursor read a batch at a time)
    const { runWhatIf } = await import("./whatif");
    const grades = { eligibleGrades: { [C01]: ["excellent" as const] } };
    const paged = await runWhatIf(db, round.id, grades, { batchSize: 2, threads: 1 });
    expect(paged).toMatchObject({ cases: 7, changedCases: 2, deltaFen: -100_000_000, batches: 4 });
    // in worker threads, each reading a part of the organisations in this read's snapshot: the same answer
    // (the batches and the threads differ by design)
    const figures = ({ elapsedMs, batches, threads: _threads, ...rest }: Awaited<ReturnType<typeof runWhatIf>>) => (expect(elapsedMs).toBeGreaterThan(0), expect(batches).toBeGreaterThan(0), rest);
    expect(paged.threads).toBe(1);
    for (const threads of [2, 3]) {
      const parted = await runWhatIf(db, round.id, grades, { threads });
      expect(parted.threads).toBe(threads);
      expect(figures(parted)).toEqual(figures(paged));
    }

    expect(await db.case.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.round.findUniqueOrThrow({ where: { id: round.id } })).toEqual(round);
  });

  it("apply is audited, writes the round's params and the LPR, and flags the changed open cases for re-review", async () => {
    const { db, admin, round, ids } = await setup();
    const { applyWhatIf, previewWhatIf } = await import("./whatif-apply");
    const change = { eligibleGrades: { [C01]: ["excellent" as const] }, lpr: { month: "2025-05", bp: 280 } };
    const res = await applyWhatIf(admin, { roundId: round.id, change, roundUpdatedAt: round.updatedAt.toISOString() });
    expect(res).toMatchObject({ changedCases: 3, flagged: 2, deltaFen: -100_000_000 - 400_000 });

    const flagged = await db.case.findMany({ where: { roundId: round.id, needsReReview: true }, select: { id: true } });
    expect(flagged.map((c) => c.id).sort()).toEqual([ids.good, ids.c25].sort());
    const saved = await db.round.findUniqueOrThrow({ where: { id: round.id } });
    expect(saved.params).toEqual({ eligibleGrades: { [C01]: ["excellent"] }, blacklistCheck: true });
    expect(await db.lprRate.findUnique({ where: { month: "2025-05" } })).toMatchObject({ bp: 280 });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "whatif_apply" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ caseId: null, actorId: admin.id });
    expect(audit.data).toMatchObject({
      roundId: round.id, change, changedCases: 3, flagged: 2,
      paramsBefore: { eligibleGrades: { [C01]: ["excellent", "good"] } }, paramsAfter: { eligibleGrades: { [C01]: ["excellent"] } },
    });
    expect(((audit.data as { flaggedCaseIds: string[] }).flaggedCaseIds).sort()).toEqual([ids.good, ids.c25].sort());
    const { verifyAuditChain } = await import("../audit/verify");
    expect((await verifyAuditChain(d.url)).brokenAt).toBeNull();

    // the round changed since the preview: a second apply from the same page is refused
    await expect(applyWhatIf(admin, { roundId: round.id, change, roundUpdatedAt: round.updatedAt.toISOString() })).rejects.toMatchObject({ code: "stale" });
    // the new params are now the round's own: the same change changes nothing
    expect(await previewWhatIf(admin, round.id, change)).toMatchObject({ changedCases: 0 });
    // and a submit evaluates with them
    const { evaluateCase } = await import("../cases/rules-input");
    const good = await db.case.findUniqueOrThrow({ where: { id: ids.good }, include: { organisation: true } });
    expect((await evaluateCase(db, good)).eligible).toBe(false);
  });
});

describe("what-if award history", () => {
  it("reads each organisation's awards as the rules-input of a single case does, from the partial index", async () => {
    const { db } = await import("../db/client");
    const { AWARDED } = await import("../cases/status");
    const { awardHistory } = await import("../cases/rules-input");
    const { readOnConnection } = await import("../db/snapshot-reader");
    const { partHistories, AWARDED_IN } = await import("./whatif-slice");
    const a = await makeApplicant(db);
    const b = await makeApplicant(db);
    const round = await db.round.findFirstOrThrow();
    let n = 0;
    const award = (org: string, status: string, over: Record<string, unknown> = {}) => db.case.create({
      data: {
        organisationId: org, measureId: C01, roundId: round.id, leadBureauId: "sci-tech", subject: `平台 ${++n}`, facts: {}, status: status as never,
        createdById: a.id, submittedAt: new Date("2025-03-01T00:00:00Z"), ...over,
      },
    });
    // every awarded status, the amounts each way the history takes them, a subject JSON must escape
    await award(a.organisationId!, "paid", { approvedFen: 12_345_678_901n, ceilingFen: 99n, capYear: 2024 });
    await award(a.organisationId!, "payable", { ceilingFen: 5_000_000n });
    await award(a.organisationId!, "in_notice", { subject: `"引号",逗号;分号\\反斜杠 ✓`, approvedFen: 1n });
    await award(a.organisationId!, "objected", { submittedAt: new Date("2026-07-01T00:00:00Z") });
    await award(a.organisationId!, "rejected", { approvedFen: 7n }); // not an award
    await award(b.organisationId!, "paid", { approvedFen: 300n });
    expect(AWARDED.length).toBeGreaterThan(0);

    const read = await readOnConnection(d.url, async (r) => {
      const out = new Map<string, unknown>();
      for (const [k, v] of await partHistories(r, { index: 0, of: 1 })) out.set(k, v);
      return out;
    });
    for (const org of [a.organisationId!, b.organisationId!]) {
      const got = read.get(org) as { caseId: string }[];
      const cases = await db.case.findMany({ where: { organisationId: org, status: { in: AWARDED } }, select: { id: true } });
      expect(got).toHaveLength(cases.length);
      expect(cases.length).toBe(org === a.organisationId ? 4 : 1);
      // the same entries as awardHistory (which reads them through Prisma), case by case
      const viaPrisma = await awardHistory(db, org);
      const strip = (xs: object[]) => xs.map((x) => ({ ...x, caseId: undefined })).map((x) => JSON.stringify(x)).sort();
      expect(strip(got)).toEqual(strip(viaPrisma));
      for (const c of cases) expect(got.some((h) => h.caseId === c.id)).toBe(true);
    }
    expect((read.get(a.organisationId!) as { subject: string }[]).map((h) => h.subject)).toContain(`"引号",逗号;分号\\反斜杠 ✓`);

    // the index's predicate is AWARDED, so the query above (…IN AWARDED_IN) can read it alone
    const c = new pg.Client({ connectionString: d.url });
    await c.connect();
    try {
      const [{ def }] = (await c.query<{ def: string }>(`SELECT pg_get_expr(i.indpred, i.indrelid) AS def FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid WHERE x.relname = 'Case_award_history_idx'`)).rows;
      expect([...def.matchAll(/'([a-z_]+)'::"CaseStatus"/g)].map((m) => m[1]).sort()).toEqual([...AWARDED].sort());
      expect(AWARDED_IN).toBe(`(${AWARDED.map((s) => `'${s}'`).join(", ")})`);
      const plan = (await c.query(`EXPLAIN SELECT h.id FROM "Case" h WHERE h.status IN ${AWARDED_IN} AND h."organisationId" = $1`, [a.organisationId])).rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toContain("Case_award_history_idx");
    } finally {
      await c.end();
    }
  });
});
