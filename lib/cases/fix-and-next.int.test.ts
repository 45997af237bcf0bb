// Fix and resubmit, and what happens next (issue 15 §4–5; round time limits, issue 13), against a
// real PostgreSQL: a round's stage limits as the admin sets them and where they are used; the
// answers to a fix list and the replaced documents as the reviewer sees them; the queue's
// resubmitted filter; what the applicant is told at each step, amount, voucher and account included.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { C09_FACTS, makeApplicant, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import { utcToBeijingInput } from "../admin/beijing-time";

const DATA_DIR = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/wh-fix-next-${process.pid}-${Date.now()}`;
  process.env.DATA_DIR = dir;
  return dir;
});
const PDF = (s: string) => new TextEncoder().encode(`%PDF-1.4\n% ${s}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

freshDatabase();
afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

function roundInput(over: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    name: "2026年度时限测试批次", year: 2026, opensAt: utcToBeijingInput(new Date(now - 3_600_000)), closesAt: utcToBeijingInput(new Date(now + 30 * 86_400_000)),
    totalBudget: "3000000", measureIds: ["c09-rnd-increment"], budgets: { "c09-rnd-increment": "1000000" },
    noticeDays: 7, eligibleGrades: {}, blacklistCheck: true, ...over,
  };
}

async function world() {
  const { db } = await import("../db/client");
  const { seedReference } = await import("../seed/seed");
  await seedReference(db);
  const admin = await makeStaff(db, "admin");
  const [a, b] = [await makeStaff(db, "reviewer", "sci-tech"), await makeStaff(db, "reviewer", "sci-tech")];
  const finance = await makeStaff(db, "finance");
  return { db, admin, a, b, finance };
}

/** A c09 case of a new enterprise in the (only) open round, with both documents, submitted. */
async function submittedCase() {
  const { db } = await import("../db/client");
  const svc = await import("../testing/applicant-services");
  const { storeAttachment } = await import("../attachments/store");
  const user = await makeApplicant(db);
  const draft = await svc.startDraft(user, "c09-rnd-increment", `fx-${Math.random()}`);
  await svc.saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
  await storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "统计报表.pdf", bytes: PDF("v1") });
  await storeAttachment(user, { caseId: draft.id, slot: "qualification_certificate", fileName: "证书.pdf", bytes: PDF("cert") });
  const c = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
  await svc.submitCase(user, { caseId: c.id, version: c.version, submitKey: `fs-${Math.random()}`, commitment: true });
  return { user, c: await db.case.findUniqueOrThrow({ where: { id: draft.id } }) };
}

describe("a round's stage time limits", () => {
  it("are set on the round form with validation, default when left out, are audited, and are what deadlines count", async () => {
    const { db, admin, a, b } = await world();
    const { createRound, setRoundStatus, updateRound } = await import("../admin/rounds");
    const before = await db.round.count();
    for (const [field, bad, code] of [["fixWorkingDays", 0, "fix_days"], ["reviewLimitDays", 61, "review_limit_days"], ["confirmLimitDays", 31, "confirm_limit_days"], ["fixWorkingDays", 2.5, "invalid"]] as const) {
      await expect(createRound(admin, roundInput({ [field]: bad }))).rejects.toMatchObject({ code: "validation", fieldErrors: { [field]: code } });
    }
    expect(await db.round.count()).toBe(before);

    const plain = await createRound(admin, roundInput({ name: "默认时限批次" }));
    expect(plain).toMatchObject({ fixWorkingDays: 10, reviewLimitDays: 15, confirmLimitDays: 5 });
    const round = await createRound(admin, roundInput({ fixWorkingDays: 3, reviewLimitDays: 2, confirmLimitDays: 1 }));
    expect(round).toMatchObject({ fixWorkingDays: 3, reviewLimitDays: 2, confirmLimitDays: 1 });
    await updateRound(admin, round.id, roundInput({ fixWorkingDays: 4, reviewLimitDays: 2, confirmLimitDays: 1 }));
    const ev = await db.auditEvent.findFirstOrThrow({ where: { action: "round_update" }, orderBy: { id: "desc" } });
    expect(ev.data).toMatchObject({ roundId: round.id, before: { fixWorkingDays: 3 }, after: { fixWorkingDays: 4, reviewLimitDays: 2, confirmLimitDays: 1 } });
    await setRoundStatus(admin, round.id, "open");

    // used: the applicant is told the round's review limit; a return gets the round's fix deadline
    const { user, c } = await submittedCase();
    expect(c.roundId).toBe(round.id);
    const told = await db.notification.findFirstOrThrow({ where: { userId: user.id, caseId: c.id }, orderBy: { createdAt: "desc" } });
    expect(told.bodyZh).toContain("主管部门将在 2 个工作日内完成受理审核");
    expect(told.bodyEn).toContain("within 2 working days");
    const { propose } = await import("../review/propose");
    const { confirm } = await import("../review/confirm");
    const { loadWorkCalendar } = await import("../calendar/calendar");
    const { addWorkingDays, endOfBeijingDay } = await import("../calendar/working-days");
    const p = await propose(a, { caseId: c.id, version: c.version, proposal: "return", reason: "材料不全", fixList: ["更换统计报表"] });
    const now = new Date();
    const r = await confirm(b, { caseId: c.id, version: p.version, note: "" }, now);
    expect(r.fixDueAt!.toISOString()).toBe(endOfBeijingDay(addWorkingDays(await loadWorkCalendar(), now, 4)).toISOString());
    // and the applicant's page lists the stages ahead with these limits
    const { applicantCase } = await import("./applicant-view");
    const { stagesAhead } = await import("./stages-ahead");
    const v = await applicantCase(user, c.id);
    expect(stagesAhead(await loadWorkCalendar(), v.case, v.round!, new Date()).map((s) => [s.key, s.limitDays]))
      .toEqual([["fix", 4], ["first_review", 2], ["confirm", 1], ["notice", 7], ["payment", null]]);
    await setRoundStatus(admin, round.id, "closed");
  });
});

describe("fix and resubmit", () => {
  it("the reviewer sees each answer and the replaced document; the queue marks and filters resubmitted cases; the applicant is told amount, voucher and account", async () => {
    const { db, admin, a, b, finance } = await world();
    const { createRound, setRoundStatus } = await import("../admin/rounds");
    const round = await createRound(admin, roundInput({ name: "补正测试批次" }));
    await setRoundStatus(admin, round.id, "open");
    const { propose } = await import("../review/propose");
    const { confirm } = await import("../review/confirm");
    const { staffCaseView } = await import("../review/case-view");
    const { queuePage } = await import("../review/queue");
    const { readQueueFilter } = await import("../review/queue-filter");
    const { storeAttachment, removeAttachment } = await import("../attachments/store");
    const svc = await import("../testing/applicant-services");

    const { user, c } = await submittedCase();
    const other = await submittedCase();
    const p = await propose(a, { caseId: c.id, version: c.version, proposal: "return", reason: "材料不完整", fixList: ["更换盖章的统计报表", "核对本年度研发投入"] });
    const r = await confirm(b, { caseId: c.id, version: p.version, note: "" });
    const returned = await db.notification.findFirstOrThrow({ where: { userId: user.id, caseId: c.id, titleZh: { contains: "退回修改" } } });
    expect(returned.bodyZh).toContain("退回理由：材料不完整");
    expect(returned.bodyZh).toContain("补正事项 1：更换盖章的统计报表");
    expect(returned.bodyZh).toContain("补正事项 2：核对本年度研发投入");
    expect(returned.bodyZh).toMatch(/补正期限：\d{4}年\d{1,2}月\d{1,2}日 23:59/);
    expect(returned.bodyEn).toContain("To fix 1: 更换盖章的统计报表");

    // the applicant replaces the statistics report, corrects a figure and answers both items
    const old = await db.attachment.findFirstOrThrow({ where: { caseId: c.id, slot: "rnd_statistics" } });
    await removeAttachment(user, old.id);
    await storeAttachment(user, { caseId: c.id, slot: "rnd_statistics", fileName: "统计报表（盖章）.pdf", bytes: PDF("v2") });
    const cur = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    const { version } = await svc.saveDraft(user, { caseId: c.id, version: cur.version, subject: cur.subject, facts: { ...C09_FACTS, rndThisYearFen: 1_200_000_000 } });
    await svc.submitCase(user, { caseId: c.id, version, submitKey: `fr-${Math.random()}`, commitment: true, fixAnswers: ["已上传盖章版", "已更正为 1200 万元"] });
    expect(r.status).toBe("returned");

    const view = await staffCaseView(a, c.id, "zh");
    const rev = view.revisions[1];
    expect(rev.changes).toEqual([expect.objectContaining({ name: "rndThisYearFen" })]);
    expect(rev.files).toEqual([{
      slot: "rnd_statistics", kind: "replaced",
      removed: [expect.objectContaining({ fileName: "统计报表.pdf" })], added: [expect.objectContaining({ fileName: "统计报表（盖章）.pdf" })],
    }]);
    expect(rev.fixAnswers).toEqual([{ item: "更换盖章的统计报表", answer: "已上传盖章版" }, { item: "核对本年度研发投入", answer: "已更正为 1200 万元" }]);

    const ids = async (sp: Record<string, string>) => (await queuePage(a, readQueueFilter(sp), 100)).rows.map((x) => [x.id, x.revision]);
    expect(await ids({ tab: "review", resubmitted: "1" })).toContainEqual([c.id, 2]);
    expect((await ids({ tab: "review", resubmitted: "1" })).map(([id]) => id)).not.toContain(other.c.id);
    expect((await ids({ tab: "review" })).map(([id]) => id)).toEqual(expect.arrayContaining([c.id, other.c.id]));

    // approved: the amount; paid: one payment notice with amount, voucher, date and the last four digits only
    const c2 = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    const p2 = await propose(a, { caseId: c.id, version: c2.version, proposal: "approve", amountFen: 10_000_000, reason: "" });
    await confirm(b, { caseId: c.id, version: p2.version, note: "" });
    const inNotice = await db.notification.findFirstOrThrow({ where: { userId: user.id, caseId: c.id, titleZh: { contains: "公示中" } } });
    expect(inNotice.bodyZh).toContain("核定金额：¥100,000.00（10万元）");
    expect(inNotice.bodyZh).toMatch(/公示期至 \d{4}年\d{1,2}月\d{1,2}日/);
    const { transitionInTx } = await import("./state-machine");
    const n = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    await db.$transaction((tx) => transitionInTx(tx, { caseId: c.id, action: "end_notice", actor: { id: null, role: "system" }, expectedVersion: n.version }));
    const payable = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    const four = payable.payeeAccountNo!.slice(-4);
    const { confirmPayment } = await import("../finance/payment");
    const { beijingDate } = await import("../calendar/working-days");
    const before = await db.notification.count({ where: { userId: user.id, caseId: c.id } });
    await confirmPayment(finance, { caseId: c.id, version: payable.version, amountFen: 10_000_000, paidOn: beijingDate(), voucherNo: "PZ-2026-1215" });
    const told = await db.notification.findMany({ where: { userId: user.id, caseId: c.id }, orderBy: { createdAt: "asc" }, skip: before });
    expect(told).toHaveLength(1);
    expect(told[0].titleZh).toBe(`拨付通知：申报 ${c.caseNo} 已拨付 ¥100,000.00（10万元）`);
    expect(told[0].bodyZh).toContain("凭证号 PZ-2026-1215");
    expect(told[0].bodyZh).toContain(`尾号 ${four}`);
    expect(told[0].bodyEn).toContain(`ending ${four}`);
    expect(told[0].bodyZh).toContain("下一步：资金已拨付");
    expect(told[0].bodyZh).not.toContain(payable.payeeAccountNo!);
    // the same words go by mail
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { channel: "email", subject: { startsWith: "拨付通知" }, textBody: { contains: c.caseNo! } } });
    expect(mail.textBody).toContain("凭证号 PZ-2026-1215");
    expect(mail.textBody).toContain("Voucher PZ-2026-1215");
  });
});
