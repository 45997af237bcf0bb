// Regression (issue 16 §2): on one case a person takes at most one of propose, confirm, dismiss an
// objection, pay, enforced by the state machine whatever page or role they come through; dismissing
// an objection takes a second reviewer; the objector gets a reference to look its objection up.
import { describe, expect, it } from "vitest";
import { beijingDate } from "../calendar/working-days";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

const svc = async () => ({
  ...(await import("./propose")), ...(await import("./confirm")), ...(await import("./objections")),
  ...(await import("./end-notice")), ...(await import("../finance/payment")), ...(await import("../testing/applicant-services")),
});

async function world() {
  const { db } = await import("../db/client");
  await db.round.updateMany({ data: { status: "closed" } });
  await makeRound(db, { measures: ["c09-rnd-increment"] });
  const [a, b, c, dd, finance] = await Promise.all([
    makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech"),
    makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "finance", "finance"),
  ]);
  const s = await svc();
  const user = await makeApplicant(db);
  const draft = await s.startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
  const { version } = await s.saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
  await s.submitCase(user, { caseId: draft.id, version, submitKey: `s-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
  const cur = () => db.case.findUniqueOrThrow({ where: { id: draft.id } });
  return { db, s, a, b, c, dd, finance, user, caseId: draft.id, cur };
}

describe("separation of duties", () => {
  it("a proposer who is later made finance cannot pay the case; another finance officer can", async () => {
    const { db, s, a, b, finance, caseId, cur } = await world();
    const p = await s.propose(a, { caseId, version: (await cur()).version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    await s.confirm(b, { caseId, version: p.version, note: "" });
    await s.endDueNotices(new Date(Date.now() + 30 * 86_400_000));
    expect((await cur()).status).toBe("payable");
    // the same person, now holding the finance role
    await db.user.update({ where: { id: a.id }, data: { role: "finance", bureauId: "finance" } });
    const asFinance = { ...a, role: "finance" as const, bureauId: "finance" };
    const before = await cur();
    await expect(s.confirmPayment(asFinance, { caseId, version: before.version, amountFen: 7_500_000, paidOn: beijingDate(), voucherNo: "CZ-1" }))
      .rejects.toMatchObject({ code: "separation_of_duties" });
    expect(await cur()).toEqual(before);
    expect(await db.payment.count({ where: { caseId } })).toBe(0);
    const paid = await s.confirmPayment(finance, { caseId, version: before.version, amountFen: 7_500_000, paidOn: beijingDate(), voucherNo: "CZ-1" });
    expect(paid.status).toBe("paid");
  });

  it("whoever confirmed a return cannot propose the resubmitted case; the first proposer can", async () => {
    const { s, a, b, user, caseId, cur } = await world();
    const p = await s.propose(a, { caseId, version: (await cur()).version, proposal: "return", reason: "材料不全", fixList: ["补充报表"] });
    const r = await s.confirm(b, { caseId, version: p.version, note: "" });
    await s.submitCase(user, { caseId, version: r.version, submitKey: `re-${Math.random()}`, commitment: true, acceptMissingDocuments: true, fixAnswers: ["已补充"] });
    const v = (await cur()).version;
    await expect(s.propose(b, { caseId, version: v, proposal: "approve", amountFen: 7_500_000, reason: "" })).rejects.toMatchObject({ code: "separation_of_duties" });
    expect((await s.propose(a, { caseId, version: v, proposal: "approve", amountFen: 7_500_000, reason: "" })).status).toBe("proposed");
  });
});

describe("dismissing an objection takes two reviewers; the objector can look it up", () => {
  it("proposed by one, confirmed by another who took no other part; the reference shows the stage and nothing personal", async () => {
    const { db, s, a, b, c, dd, caseId, cur } = await world();
    const p = await s.propose(a, { caseId, version: (await cur()).version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    await s.confirm(b, { caseId, version: p.version, note: "" });
    const { refNo } = await s.lodgeObjection({ caseId, name: "王某", contact: "13800000001", text: "研发费用虚报" }, null);
    expect(refNo).toMatch(/^YY-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const look = await s.objectionStatus(refNo.toLowerCase().replace(/-/g, " "));
    expect(look).toMatchObject({ refNo, stage: "received", caseNo: (await cur()).caseNo });
    expect(Object.keys(look!).sort()).toEqual(["caseNo", "lodgedAt", "measureId", "refNo", "resolvedAt", "stage"]);
    expect(await s.objectionStatus("YY-2222-2222")).toBeNull();
    expect(await s.objectionStatus("<script>")).toBeNull();

    // the approval's proposer may not dismiss the objection to its own approval
    await expect(s.resolveObjections(a, { caseId, version: (await cur()).version, outcome: "dismissed", resolution: "x" })).rejects.toMatchObject({ code: "separation_of_duties" });
    const proposed = await s.resolveObjections(c, { caseId, version: (await cur()).version, outcome: "dismissed", resolution: "经核查属实" });
    expect(proposed.status).toBe("objected");
    expect((await s.objectionStatus(refNo))?.stage).toBe("reviewing");
    // not the proposer again, not the approval's confirmer
    await expect(s.resolveObjections(c, { caseId, version: proposed.version, outcome: "dismissed", resolution: "y" })).rejects.toMatchObject({ code: "own_proposal" });
    await expect(s.resolveObjections(b, { caseId, version: proposed.version, outcome: "dismissed", resolution: "y" })).rejects.toMatchObject({ code: "separation_of_duties" });
    expect((await cur()).status).toBe("objected");
    const resumed = await s.resolveObjections(dd, { caseId, version: proposed.version, outcome: "dismissed", resolution: "同意驳回" });
    expect(resumed.status).toBe("in_notice");
    expect((await s.objectionStatus(refNo))?.stage).toBe("dismissed");
    const actions = (await db.auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } })).map((e) => [e.action, e.actorId]);
    expect(actions.slice(-2)).toEqual([["propose_dismissal", c.id], ["dismiss_objection", dd.id]]);
  });
});
