import { beforeAll, describe, expect, it } from "vitest";
import { C09_FACTS, makeApplicant, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import { utcToBeijingInput } from "./beijing-time";

freshDatabase();
beforeAll(async () => {
  const { db } = await import("../db/client");
  const { seedReference } = await import("../seed/seed");
  await seedReference(db);
});

const C01_FACTS = { platformType: "key_lab", grade: "good", eventDate: "2025-06-30" };

function roundInput(over: Record<string, unknown> = {}) {
  return {
    name: "2026年度第一批科技政策兑现", year: 2026, opensAt: "2026-03-01T09:00", closesAt: "2026-03-31T17:00", totalBudget: "3,000,000",
    measureIds: ["c09-rnd-increment", "c01-municipal-platform"], budgets: { "c09-rnd-increment": "1000000", "c01-municipal-platform": "1500000.50" },
    noticeDays: 7, eligibleGrades: { "c01-municipal-platform": ["excellent", "good"] }, blacklistCheck: true, ...over,
  };
}

async function counts() {
  const { db } = await import("../db/client");
  return { rounds: await db.round.count(), measures: await db.roundMeasure.count(), audit: await db.auditEvent.count() };
}

describe("rounds", () => {
  it("an invalid round gives field errors and saves nothing", async () => {
    const { db } = await import("../db/client");
    const { createRound } = await import("./rounds");
    const admin = await makeStaff(db, "admin");
    const before = await counts();
    await expect(createRound(admin, roundInput({ closesAt: "2026-02-28T17:00" }))).rejects.toMatchObject({ code: "validation", fieldErrors: { closesAt: "closes_before_opens" } });
    await expect(createRound(admin, roundInput({ totalBudget: "-100" }))).rejects.toMatchObject({ code: "validation", fieldErrors: { totalBudget: "amount_negative" } });
    await expect(createRound(admin, roundInput({ budgets: { "c09-rnd-increment": "-1", "c01-municipal-platform": "10" } })))
      .rejects.toMatchObject({ fieldErrors: { "budgets.c09-rnd-increment": "amount_negative" } });
    await expect(createRound(admin, roundInput({ budgets: { "c09-rnd-increment": "2000000", "c01-municipal-platform": "1000000.01" } })))
      .rejects.toMatchObject({ fieldErrors: { totalBudget: "budget_over_total" } });
    await expect(createRound(admin, roundInput({ measureIds: [] }))).rejects.toMatchObject({ fieldErrors: { measureIds: "no_measure" } });
    await expect(createRound(admin, roundInput({ eligibleGrades: { "c01-municipal-platform": [] } }))).rejects.toMatchObject({ fieldErrors: { "eligibleGrades.c01-municipal-platform": "grades_empty" } });
    // several problems at once are all reported
    const all = await createRound(admin, roundInput({ closesAt: "2026-01-01T00:00", totalBudget: "-5", measureIds: [] })).catch((e) => e);
    expect(all.fieldErrors).toMatchObject({ closesAt: "closes_before_opens", totalBudget: "amount_negative", measureIds: "no_measure" });
    expect(await counts()).toEqual(before);
  });

  it("creates a draft round in fen and UTC with its rule parameters, audited", async () => {
    const { db } = await import("../db/client");
    const { createRound } = await import("./rounds");
    const admin = await makeStaff(db, "admin");
    const r = await createRound(admin, roundInput({ eligibleGrades: { "c01-municipal-platform": ["excellent"], "c31-pilot-base": ["pass"] }, blacklistCheck: false }));
    const saved = await db.round.findUniqueOrThrow({ where: { id: r.id }, include: { measures: { orderBy: { measureId: "asc" } } } });
    expect(saved.status).toBe("draft");
    expect(saved.opensAt.toISOString()).toBe("2026-03-01T01:00:00.000Z");
    expect(saved.closesAt.toISOString()).toBe("2026-03-31T09:00:00.000Z");
    expect(saved.totalBudgetFen).toBe(300_000_000n);
    expect(saved.measures.map((m) => [m.measureId, m.budgetFen])).toEqual([["c01-municipal-platform", 150_000_050n], ["c09-rnd-increment", 100_000_000n]]);
    // only the included 择优 measures' grades are kept
    expect(saved.params).toEqual({ eligibleGrades: { "c01-municipal-platform": ["excellent"] }, blacklistCheck: false });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "round_create" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ caseId: null, actorId: admin.id, toStatus: "draft" });
    expect(audit.data).toMatchObject({ roundId: r.id, totalBudgetFen: "300000000" });
  });

  it("an applicant can apply only while the round is open and inside its window", async () => {
    const { db } = await import("../db/client");
    const { createRound, setRoundStatus } = await import("./rounds");
    const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
    const admin = await makeStaff(db, "admin");
    const now = Date.now();
    const round = await createRound(admin, roundInput({
      opensAt: utcToBeijingInput(new Date(now - 3_600_000)), closesAt: utcToBeijingInput(new Date(now + 3_600_000)),
      measureIds: ["c09-rnd-increment", "c01-municipal-platform"],
    }));
    const user = await makeApplicant(db);
    // a draft round takes no applications
    await expect(startDraft(user, "c09-rnd-increment", `k-${now}-0`)).rejects.toMatchObject({ code: "no_open_round" });
    await setRoundStatus(admin, round.id, "open");
    const draft = await startDraft(user, "c09-rnd-increment", `k-${now}-1`);
    expect(draft.roundId).toBe(round.id);
    const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
    // after the closing time: refused with the window
    await expect(submitCase(user, { caseId: draft.id, version, submitKey: `s-${now}-late`, commitment: true, acceptMissingDocuments: true }, new Date(now + 2 * 3_600_000)))
      .rejects.toMatchObject({ code: "round_closed" });
    // inside it: accepted
    const ok = await submitCase(user, { caseId: draft.id, version, submitKey: `s-${now}-1`, commitment: true, acceptMissingDocuments: true });
    expect(ok.caseNo).toMatch(/^WH-2026-C09-/);
    // once the admin closes the round, inside the window or not, nothing more is submitted
    const second = await startDraft(user, "c01-municipal-platform", `k-${now}-2`);
    const v2 = await saveDraft(user, { caseId: second.id, version: second.version, subject: "市级重点实验室", facts: C01_FACTS });
    await setRoundStatus(admin, round.id, "closed");
    await expect(submitCase(user, { caseId: second.id, version: v2.version, submitKey: `s-${now}-2`, commitment: true, acceptMissingDocuments: true })).rejects.toMatchObject({ code: "round_closed" });
    expect((await db.case.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("draft");
    const events = await db.auditEvent.findMany({ where: { action: { in: ["round_open", "round_close"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([["round_open", "draft", "open"], ["round_close", "open", "closed"]]);
  });

  it("changing a round that has cases asks for confirmation, keeps measures with cases and is audited", async () => {
    const { db } = await import("../db/client");
    const { createRound, setRoundStatus, updateRound } = await import("./rounds");
    const { startDraft } = await import("../testing/applicant-services");
    const admin = await makeStaff(db, "admin");
    const now = Date.now();
    const window = { opensAt: utcToBeijingInput(new Date(now - 3_600_000)), closesAt: utcToBeijingInput(new Date(now + 86_400_000)) };
    const round = await createRound(admin, roundInput({ ...window, name: "确认测试批次", measureIds: ["c01-municipal-platform"], budgets: { "c01-municipal-platform": "100000" } }));
    // no cases yet: saved without asking
    await updateRound(admin, round.id, roundInput({ ...window, name: "确认测试批次（改）", measureIds: ["c01-municipal-platform"], budgets: { "c01-municipal-platform": "200000" } }));
    await setRoundStatus(admin, round.id, "open");
    const user = await makeApplicant(db);
    await startDraft(user, "c01-municipal-platform", `k-confirm-${now}`);
    const changed = roundInput({ ...window, name: "确认测试批次", measureIds: ["c01-municipal-platform"], budgets: { "c01-municipal-platform": "250000" }, noticeDays: 10 });
    const before = await db.round.findUniqueOrThrow({ where: { id: round.id }, include: { measures: true } });
    await expect(updateRound(admin, round.id, changed)).rejects.toMatchObject({ code: "confirm_required", detail: { cases: 1 } });
    await expect(updateRound(admin, round.id, { ...changed, measureIds: ["c09-rnd-increment"], budgets: { "c09-rnd-increment": "1" }, confirm: true }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { measureIds: "measure_has_cases" } });
    expect(await db.round.findUniqueOrThrow({ where: { id: round.id }, include: { measures: true } })).toEqual(before);
    await updateRound(admin, round.id, { ...changed, confirm: true });
    const after = await db.round.findUniqueOrThrow({ where: { id: round.id }, include: { measures: true } });
    expect(after).toMatchObject({ noticeDays: 10, status: "open" });
    expect(after.measures[0].budgetFen).toBe(25_000_000n);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "round_update" }, orderBy: { id: "desc" } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.data).toMatchObject({ roundId: round.id, cases: 1, before: { noticeDays: 7, measures: { "c01-municipal-platform": "20000000" } }, after: { noticeDays: 10 } });
  });
});
