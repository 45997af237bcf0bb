import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sign-in";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { beijingDate } from "../calendar/working-days";
import { tamperAsOwner } from "../testing/audit-tamper";
import { freshDatabase } from "../testing/fresh-database";

const d = freshDatabase();

const svc = async () => ({
  ...(await import("./propose")), ...(await import("./confirm")), ...(await import("./objections")),
  ...(await import("./end-notice")), ...(await import("../finance/payment")), ...(await import("./case-view")),
});
const DAY = 86_400_000;
/** qualifying c14 facts: 5% of ¥2m paid → ceiling ¥100,000 (annual cap ¥300,000) */
const C14_FACTS = {
  contractType: "development", registered: true, sellerType: "university", sellerInCity: true,
  buyerIsTechEnterprise: true, amountPaidFen: 200_000_000, eventDate: "2025-06-30",
};

/**
 * a round, reviewers of sci-tech (A proposes, B confirms; C proposes and D confirms an objection's
 * dismissal: on one case each person takes one part), one of industry-it, finance, admin
 */
async function world(opts: { budgetFen?: bigint } = {}) {
  const { db } = await import("../db/client");
  // one open round at a time, so new cases land in this test's round (and its budget)
  await db.round.updateMany({ data: { status: "closed" } });
  const round = await makeRound(db, { measures: ["c09-rnd-increment", "c14-tech-contract", "c16-innovation-contest"] });
  if (opts.budgetFen !== undefined) await db.roundMeasure.updateMany({ where: { roundId: round.id }, data: { budgetFen: opts.budgetFen } });
  const [a, b, b2, dc, dd, other, finance, admin] = await Promise.all([
    makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech"),
    makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech"),
    makeStaff(db, "reviewer", "industry-it"), makeStaff(db, "finance", "finance"), makeStaff(db, "admin"),
  ]);
  return { db, round, a, b, b2, dc, dd, other, finance, admin };
}

/** a case submitted through the applicant service (real state machine), ceiling ¥75,000 for c09 */
async function submitted(applicant?: SessionUser, measure = "c09-rnd-increment", facts: object = C09_FACTS) {
  const { db } = await import("../db/client");
  const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
  const user = applicant ?? (await makeApplicant(db));
  const draft = await startDraft(user, measure, `k-${Math.random()}`);
  const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: `标的 ${Math.random()}`, facts: facts as Record<string, unknown> });
  await submitCase(user, { caseId: draft.id, version, submitKey: `s-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
  return { user, c: await db.case.findUniqueOrThrow({ where: { id: draft.id } }) };
}

/** what must not move when an action is refused */
async function snapshot(caseId: string) {
  const { db } = await import("../db/client");
  return {
    c: await db.case.findUniqueOrThrow({ where: { id: caseId } }),
    actions: await db.reviewAction.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } }),
    decisions: await db.ruleDecision.count({ where: { caseId } }),
    audit: await db.auditEvent.count(),
  };
}

describe("propose and confirm (four eyes)", () => {
  it("the proposer can never confirm or send back their own proposal; another reviewer can", async () => {
    const { db, a, b } = await world();
    const { c } = await submitted();
    const s = await svc();
    const p = await s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    expect(p.status).toBe("proposed");
    const before = await snapshot(c.id);
    await expect(s.confirm(a, { caseId: c.id, version: p.version, note: "" })).rejects.toMatchObject({ code: "own_proposal" });
    await expect(s.sendBack(a, { caseId: c.id, version: p.version, note: "自己退回" })).rejects.toMatchObject({ code: "own_proposal" });
    expect(await snapshot(c.id)).toEqual(before);

    const done = await s.confirm(b, { caseId: c.id, version: p.version, note: "" });
    expect(done.status).toBe("in_notice");
    expect(done.approvedFen).toBe(7_500_000n);
    expect(done.decidedAt).toBeInstanceOf(Date);
    // 7 working days (lib/calendar): the same time of day, 7 working days on
    const { loadWorkCalendar } = await import("../calendar/calendar");
    const { workingDaysBetween } = await import("../calendar/working-days");
    expect(workingDaysBetween(await loadWorkCalendar(), done.decidedAt!, done.noticeEndsAt!)).toBe(7);
    expect((done.noticeEndsAt!.getTime() - done.decidedAt!.getTime()) % DAY).toBe(0);
    const ra = await db.reviewAction.findFirstOrThrow({ where: { caseId: c.id } });
    expect(ra).toMatchObject({ state: "confirmed", proposedById: a.id, confirmedById: b.id });
    expect(await db.ruleDecision.count({ where: { caseId: c.id, purpose: "decision" } })).toBe(2);
  });

  it("a reviewer of another bureau gets not_found for the case and every action, changing nothing", async () => {
    const { a, other, finance } = await world();
    const { c } = await submitted();
    const s = await svc();
    const before = await snapshot(c.id);
    await expect(s.staffCaseView(other, c.id, "zh")).rejects.toMatchObject({ code: "not_found" });
    await expect(s.propose(other, { caseId: c.id, version: c.version, proposal: "reject", reason: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(s.propose(finance, { caseId: c.id, version: c.version, proposal: "reject", reason: "x" })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(c.id)).toEqual(before);
    const p = await s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    const mid = await snapshot(c.id);
    await expect(s.confirm(other, { caseId: c.id, version: p.version, note: "" })).rejects.toMatchObject({ code: "not_found" });
    await expect(s.sendBack(other, { caseId: c.id, version: p.version, note: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(s.resolveObjections(other, { caseId: c.id, version: p.version, outcome: "upheld", resolution: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(s.confirmPayment(other, { caseId: c.id, version: p.version, amountFen: 1, paidOn: "2026-01-01", voucherNo: "V1" })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(c.id)).toEqual(mid);
  });

  it("two reviewers acting on the same version: exactly one wins, the other is told it is stale", async () => {
    const { db, a, b, b2 } = await world();
    const s = await svc();
    const { c } = await submitted();
    const proposals = await Promise.allSettled([
      s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_000, reason: "" }),
      s.propose(b, { caseId: c.id, version: c.version, proposal: "reject", reason: "不符合" }),
    ]);
    expect(proposals.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(proposals.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "stale" } });
    expect(await db.reviewAction.count({ where: { caseId: c.id } })).toBe(1);

    const ra = await db.reviewAction.findFirstOrThrow({ where: { caseId: c.id } });
    const [x, y] = [a, b, b2].filter((u) => u.id !== ra.proposedById);
    const v = (await db.case.findUniqueOrThrow({ where: { id: c.id } })).version;
    const settled = await Promise.allSettled([
      s.confirm(x, { caseId: c.id, version: v, note: "" }),
      s.sendBack(y, { caseId: c.id, version: v, note: "金额需复核" }),
    ]);
    expect(settled.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(settled.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "stale" } });
    const after = await db.reviewAction.findFirstOrThrow({ where: { caseId: c.id } });
    expect(["confirmed", "sent_back"]).toContain(after.state);
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(v + 1);
  });

  it("approving above the ceiling, a fixed award at another amount, or below it without a reason is refused with nothing changed", async () => {
    const { a } = await world();
    const s = await svc();
    const { c } = await submitted();
    const before = await snapshot(c.id);
    await expect(s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_001, reason: "多给" }))
      .rejects.toMatchObject({ code: "above_ceiling", detail: { ceilingFen: 7_500_000, amountFen: 7_500_001 } });
    await expect(s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 5_000_000, reason: " " }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { reason: "reason_below_ceiling" } });
    expect(await snapshot(c.id)).toEqual(before);

    const fixed = (await submitted(undefined, "c16-innovation-contest", { reachedNationalFinals: true, namedExcellentEnterprise: true, eventDate: "2025-06-01" })).c;
    expect(fixed.ceilingFen).toBe(10_000_000n);
    await expect(s.propose(a, { caseId: fixed.id, version: fixed.version, proposal: "approve", amountFen: 5_000_000, reason: "减半" }))
      .rejects.toMatchObject({ code: "fixed_amount" });
    const ok = await s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 5_000_000, reason: "部分研发费用不予认定" });
    expect(ok.status).toBe("proposed");
  });

  it("a ceiling that changed since submission is shown in the record and the new one is enforced", async () => {
    const { db, a } = await world();
    const s = await svc();
    const { user, c } = await submitted(undefined, "c14-tech-contract", C14_FACTS);
    expect(c.ceilingFen).toBe(10_000_000n);
    // meanwhile another c14 contract of the same enterprise and payment year was paid ¥250,000: ¥50,000 left of the ¥300,000 annual cap
    await db.case.create({
      data: {
        organisationId: user.organisationId!, measureId: "c14-tech-contract", roundId: c.roundId, leadBureauId: "sci-tech", subject: "另一项",
        facts: C14_FACTS, status: "paid", capYear: 2025, approvedFen: 25_000_000n, ceilingFen: 25_000_000n, createdById: user.id, submittedAt: new Date(),
      },
    });
    await expect(s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 10_000_000, reason: "" }))
      .rejects.toMatchObject({ code: "above_ceiling", detail: { ceilingFen: 5_000_000, storedCeilingFen: 10_000_000 } });
    const p = await s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 5_000_000, reason: "" });
    expect(p.ceilingFen).toBe(5_000_000n);
    const ev = await db.auditEvent.findFirstOrThrow({ where: { caseId: c.id, action: "propose" } });
    expect(ev.data).toMatchObject({ ceilingFen: 5_000_000, storedCeilingFen: 10_000_000 });
  });

  it("c09 pays once per fiscal year: a same-year award paid meanwhile makes the case ineligible (already_awarded)", async () => {
    const { db, a } = await world();
    const s = await svc();
    const { user, c } = await submitted();
    await db.case.create({
      data: {
        organisationId: user.organisationId!, measureId: "c09-rnd-increment", roundId: c.roundId, leadBureauId: "sci-tech", subject: "另一项",
        facts: C09_FACTS, status: "paid", capYear: 2025, approvedFen: 1_000_000n, ceilingFen: 7_500_000n, createdById: user.id, submittedAt: new Date(),
      },
    });
    await expect(s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_000, reason: "" }))
      .rejects.toMatchObject({ code: "not_eligible", detail: { ceilingFen: 0 } });
    const view = await s.staffCaseView(a, c.id, "zh");
    expect(view.live?.reasons.find((r) => r.code === "already_awarded")).toMatchObject({ ok: false, clause: 9 });
  });
});

describe("budget", () => {
  it("approving beyond what is left of the round's budget for the measure is refused with the figures", async () => {
    const { a, b } = await world({ budgetFen: 10_000_000n }); // ¥100,000
    const s = await svc();
    const first = (await submitted()).c;
    const p = await s.propose(a, { caseId: first.id, version: first.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    await s.confirm(b, { caseId: first.id, version: p.version, note: "" });
    const second = (await submitted()).c;
    const before = await snapshot(second.id);
    await expect(s.propose(a, { caseId: second.id, version: second.version, proposal: "approve", amountFen: 7_500_000, reason: "" }))
      .rejects.toMatchObject({ code: "over_budget", detail: { budgetFen: 10_000_000, usedFen: 7_500_000, remainingFen: 2_500_000, amountFen: 7_500_000 } });
    expect(await snapshot(second.id)).toEqual(before);
  });

  it("two confirmations that together exceed the budget: one is refused (the check runs under a lock)", async () => {
    const { db, a, b, b2 } = await world({ budgetFen: 10_000_000n });
    const s = await svc();
    const cases = [(await submitted()).c, (await submitted()).c];
    const proposed = [];
    for (const c of cases) proposed.push(await s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 6_000_000, reason: "按认定金额" }));
    const r = await Promise.allSettled([
      s.confirm(b, { caseId: proposed[0].id, version: proposed[0].version, note: "" }),
      s.confirm(b2, { caseId: proposed[1].id, version: proposed[1].version, note: "" }),
    ]);
    expect(r.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(r.find((x) => x.status === "rejected")).toMatchObject({ reason: { code: "over_budget", detail: { remainingFen: 4_000_000 } } });
    expect(await db.case.count({ where: { id: { in: cases.map((c) => c.id) }, status: "in_notice" } })).toBe(1);
  });
});

describe("round total budget", () => {
  it("confirming is refused when the round's total would be exceeded though the measure's budget has room", async () => {
    const { db, round, a, b } = await world({ budgetFen: 100_000_000n }); // ¥1m per measure
    await db.round.update({ where: { id: round.id }, data: { totalBudgetFen: 12_000_000n } }); // ¥120,000 for the whole round
    const s = await svc();
    const c09 = (await submitted()).c;
    const p1 = await s.propose(a, { caseId: c09.id, version: c09.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    await s.confirm(b, { caseId: c09.id, version: p1.version, note: "" });
    // another measure of the same round: its own budget is untouched, the round has ¥45,000 left
    const c16 = (await submitted(undefined, "c16-innovation-contest", { reachedNationalFinals: true, namedExcellentEnterprise: true, eventDate: "2025-06-01" })).c;
    await expect(s.propose(a, { caseId: c16.id, version: c16.version, proposal: "approve", amountFen: 10_000_000, reason: "" }))
      .rejects.toMatchObject({ code: "over_round_budget", detail: { totalFen: 12_000_000, usedFen: 7_500_000, remainingFen: 4_500_000, amountFen: 10_000_000 } });
    expect((await s.staffCaseView(a, c16.id, "zh")).roundBudget).toEqual({ totalFen: 12_000_000, usedFen: 7_500_000, remainingFen: 4_500_000 });
    // proposed while the round still had room, then the room went: the confirmation is refused
    await db.round.update({ where: { id: round.id }, data: { totalBudgetFen: 20_000_000n } });
    const p2 = await s.propose(a, { caseId: c16.id, version: c16.version, proposal: "approve", amountFen: 10_000_000, reason: "" });
    await db.round.update({ where: { id: round.id }, data: { totalBudgetFen: 12_000_000n } });
    const before = await snapshot(c16.id);
    await expect(s.confirm(b, { caseId: c16.id, version: p2.version, note: "" }))
      .rejects.toMatchObject({ code: "over_round_budget", detail: { remainingFen: 4_500_000 } });
    expect(await snapshot(c16.id)).toEqual(before);
  });

  it("two confirmations of different measures that together exceed the round total: one is refused (round lock)", async () => {
    const { db, round, a, b, b2 } = await world({ budgetFen: 100_000_000n });
    await db.round.update({ where: { id: round.id }, data: { totalBudgetFen: 15_000_000n } });
    const s = await svc();
    const cases = [(await submitted()).c, (await submitted(undefined, "c16-innovation-contest", { reachedNationalFinals: true, namedExcellentEnterprise: true, eventDate: "2025-06-01" })).c];
    const amounts = [7_500_000, 10_000_000];
    const proposed = [];
    for (const [i, c] of cases.entries()) proposed.push(await s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: amounts[i], reason: "" }));
    const r = await Promise.allSettled([
      s.confirm(b, { caseId: proposed[0].id, version: proposed[0].version, note: "" }),
      s.confirm(b2, { caseId: proposed[1].id, version: proposed[1].version, note: "" }),
    ]);
    expect(r.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(r.find((x) => x.status === "rejected")).toMatchObject({ reason: { code: "over_round_budget" } });
    const sum = await db.case.aggregate({ where: { roundId: round.id, status: "in_notice" }, _sum: { approvedFen: true } });
    expect(Number(sum._sum.approvedFen)).toBeLessThanOrEqual(15_000_000);
  });
});

describe("notice, objections, payment", () => {
  it("a whole life cycle is recorded; the audit chain verifies, and one edited row is reported by audit:verify", async () => {
    const { db, a, b, dc, dd, finance } = await world();
    const s = await svc();
    const { c } = await submitted();
    const v = (await s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_000_000, reason: "部分费用不予认定" })).version;
    const approved = await s.confirm(b, { caseId: c.id, version: v, note: "同意" });
    expect(approved.status).toBe("in_notice");

    await s.lodgeObjection({ caseId: c.id, name: "匿名群众", contact: "13900000000", text: "研发费用存在虚报" }, null);
    await s.lodgeObjection({ caseId: c.id, name: "另一人", contact: "a@b.cn", text: "补充材料" }, null);
    let cur = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(cur.status).toBe("objected");
    expect(await db.objection.count({ where: { caseId: c.id, state: "open" } })).toBe(2);
    // nothing due while objected
    await s.endDueNotices(new Date(Date.now() + 30 * DAY));
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("objected");

    await expect(s.resolveObjections(dc, { caseId: c.id, version: cur.version - 1, outcome: "dismissed", resolution: "x" })).rejects.toMatchObject({ code: "stale" });
    const proposed = await s.resolveObjections(dc, { caseId: c.id, version: cur.version, outcome: "dismissed", resolution: "经核查，研发费用真实" });
    expect(proposed.status).toBe("objected");
    const resumed = await s.resolveObjections(dd, { caseId: c.id, version: proposed.version, outcome: "dismissed", resolution: "同意驳回" });
    expect(resumed.status).toBe("in_notice");
    expect(resumed.noticeEndsAt!.getTime()).toBeGreaterThanOrEqual(approved.noticeEndsAt!.getTime());
    expect(await db.objection.count({ where: { caseId: c.id, state: "dismissed", resolvedById: dd.id, dismissProposedById: dc.id } })).toBe(2);

    await s.endDueNotices(new Date()); // not yet due
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("in_notice");
    expect(await s.endDueNotices(new Date(Date.now() + 30 * DAY))).toBeGreaterThanOrEqual(1);
    cur = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(cur.status).toBe("payable");

    const today = beijingDate();
    await expect(s.confirmPayment(finance, { caseId: c.id, version: cur.version, amountFen: 7_500_000, paidOn: today, voucherNo: "CZ-2026-001" }))
      .rejects.toMatchObject({ code: "amount_mismatch", detail: { approvedFen: 7_000_000 } });
    await expect(s.confirmPayment(finance, { caseId: c.id, version: cur.version, amountFen: 7_000_000, paidOn: "2099-01-01", voucherNo: "CZ-2026-001" }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { paidOn: "paid_on_range" } });
    const paid = await s.confirmPayment(finance, { caseId: c.id, version: cur.version, amountFen: 7_000_000, paidOn: today, voucherNo: "CZ-2026-001" });
    expect(paid.status).toBe("paid");
    expect(await db.payment.findUniqueOrThrow({ where: { caseId: c.id } })).toMatchObject({ amountFen: 7_000_000n, voucherNo: "CZ-2026-001", confirmedById: finance.id });

    const actions = (await db.auditEvent.findMany({ where: { caseId: c.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["create_draft", "submit", "propose", "confirm_approve", "object", "object", "propose_dismissal", "dismiss_objection", "end_notice", "pay"]);
    const view = await s.staffCaseView(a, c.id, "zh");
    expect(view.timeline.map((e) => e.action)).toEqual(actions);

    const { verifyAuditChain } = await import("../audit/verify");
    const ok = await verifyAuditChain(d.url, { dir: process.env.AUDIT_CHECKPOINT_DIR!, key: process.env.AUDIT_SIGNING_KEY! });
    expect(ok.brokenAt).toBeNull();
    expect(ok.problem).toBeNull();
    const run = () => execFileSync("npm", ["run", "-s", "audit:verify"], { env: { ...process.env, DATABASE_URL: d.url }, encoding: "utf8" });
    // the payment wrote a signed checkpoint of the head (outside the database) and the receipt shows it
    expect(paid.checkpoint).toMatchObject({ n: expect.any(Number), headId: expect.stringMatching(/^\d+$/), sig: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect((await db.payment.findUniqueOrThrow({ where: { caseId: c.id } })).checkpoint).toEqual(paid.checkpoint);
    const payEvent = await db.auditEvent.findFirstOrThrow({ where: { caseId: c.id, action: "pay" } });
    expect(BigInt(paid.checkpoint!.headId)).toBeGreaterThanOrEqual(payEvent.id);
    expect(run().trim().split("\n").pop()).toBe(`audit: ${ok.count} events, chain ok, checkpoint #${paid.checkpoint!.n} at ${paid.checkpoint!.headId} ok`);

    const { rows } = await tamperAsOwner(d.url, async (client) => {
      const r = await client.query(`SELECT id::text FROM "AuditEvent" WHERE "caseId" = $1 AND action = 'confirm_approve'`, [c.id]);
      await client.query(`UPDATE "AuditEvent" SET data = jsonb_set(data, '{amountFen}', '9999999') WHERE id = $1`, [r.rows[0].id]);
      return r;
    });
    let out = "";
    try {
      run();
    } catch (e) {
      out = String((e as { stdout: string }).stdout);
    }
    expect(out.trim().split("\n").pop()).toBe(`audit: chain broken at ${rows[0].id}`);
    // put it back so later tests see a sound chain
    await tamperAsOwner(d.url, (fix) => fix.query(`UPDATE "AuditEvent" SET data = jsonb_set(data, '{amountFen}', '7000000') WHERE id = $1`, [rows[0].id]));
    expect((await verifyAuditChain(d.url)).brokenAt).toBeNull();
  });

  it("an upheld objection sends the case back to review and withdraws the approval; the admin can end a notice at once only in a demo", async () => {
    const { db, a, b, dc, dd, admin } = await world();
    const s = await svc();
    const { env } = await import("../env");
    const { c } = await submitted();
    const p = await s.propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    await s.confirm(b, { caseId: c.id, version: p.version, note: "" });
    await s.lodgeObjection({ caseId: c.id, name: "王某", contact: "13800000001", text: "该企业不在威海" }, null);
    let cur = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    const back = await s.resolveObjections(b, { caseId: c.id, version: cur.version, outcome: "upheld", resolution: "异议成立，重新审核" });
    expect(back).toMatchObject({ status: "submitted", approvedFen: null, noticeEndsAt: null });

    const p2 = await s.propose(a, { caseId: c.id, version: back.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    cur = await s.confirm(b, { caseId: c.id, version: p2.version, note: "" });
    // without DEMO_MODE (the default) no one may skip the notice, the admin included, and nothing changes
    expect(env.DEMO_MODE).toBe(false);
    await expect(s.endNoticeNow(admin, { caseId: c.id, version: cur.version })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "in_notice", version: cur.version });

    // the env is read once per process: this test flips the parsed value to play a demo server
    env.DEMO_MODE = true;
    try {
      await expect(s.endNoticeNow(a, { caseId: c.id, version: cur.version })).rejects.toMatchObject({ code: "not_found" });
      await s.lodgeObjection({ caseId: c.id, name: "王某", contact: "13800000001", text: "再次异议" }, null);
      const paused = await db.case.findUniqueOrThrow({ where: { id: c.id } });
      await expect(s.endNoticeNow(admin, { caseId: c.id, version: paused.version })).rejects.toMatchObject({ code: "objection_open" });
      const proposed = await s.resolveObjections(dc, { caseId: c.id, version: paused.version, outcome: "dismissed", resolution: "异议不成立" });
      const resumed = await s.resolveObjections(dd, { caseId: c.id, version: proposed.version, outcome: "dismissed", resolution: "同意" });
      const ended = await s.endNoticeNow(admin, { caseId: c.id, version: resumed.version });
      expect(ended.status).toBe("payable");
    } finally {
      env.DEMO_MODE = false;
    }
    const ev = await db.auditEvent.findFirstOrThrow({ where: { caseId: c.id, action: "end_notice" } });
    expect(ev).toMatchObject({ actorId: admin.id, data: expect.objectContaining({ manual: true }) });
    await expect(s.lodgeObjection({ caseId: c.id, name: "x", contact: "y", text: "z" }, null)).rejects.toMatchObject({ code: "not_found" });
  });

  it("return with a fix list → the applicant resubmits → the changes are listed → approve", async () => {
    const { a, b } = await world();
    const s = await svc();
    const { user, c } = await submitted();
    await expect(s.propose(a, { caseId: c.id, version: c.version, proposal: "return", reason: "材料不全", fixList: [] })).rejects.toMatchObject({ code: "validation", fieldErrors: { fixList: "fix_list_required" } });
    const p = await s.propose(a, { caseId: c.id, version: c.version, proposal: "return", reason: "材料不全", fixList: ["补充审计报告", "核对本年度研发费用"] });
    const r = await s.confirm(b, { caseId: c.id, version: p.version, note: "" });
    expect(r.status).toBe("returned");
    const { db } = await import("../db/client");
    const ev = await db.auditEvent.findFirstOrThrow({ where: { caseId: c.id, action: "confirm_return" } });
    expect(ev.data).toMatchObject({ reason: "材料不全", fixList: ["补充审计报告", "核对本年度研发费用"] });

    const { saveDraft, submitCase } = await import("../testing/applicant-services");
    const { version } = await saveDraft(user, { caseId: c.id, version: r.version, subject: c.subject, facts: { ...C09_FACTS, rndThisYearFen: 1_200_000_000 } });
    await submitCase(user, { caseId: c.id, version, submitKey: "resubmit-1", commitment: true, acceptMissingDocuments: true, fixAnswers: ["已补充", "已核对"] });
    const view = await s.staffCaseView(a, c.id, "zh");
    expect(view.c.status).toBe("submitted");
    expect(view.revisions).toHaveLength(2);
    expect(view.revisions[1].changes).toEqual([expect.objectContaining({ name: "rndThisYearFen", after: "¥12,000,000.00（1200万元）" })]);
    expect(view.revisions[1].fixAnswers).toEqual([{ item: "补充审计报告", answer: "已补充" }, { item: "核对本年度研发费用", answer: "已核对" }]);
    expect(view.live?.ceilingFen).toBe(10_000_000);
    const p2 = await s.propose(a, { caseId: c.id, version: view.c.version, proposal: "approve", amountFen: 10_000_000, reason: "" });
    expect((await s.confirm(b, { caseId: c.id, version: p2.version, note: "" })).status).toBe("in_notice");
  });
});
