// Payment to a bank account (issue 13 §3, ADR 018): the account on the organisation's profile is
// validated and its changes audited, submission fixes it into the case, finance pays batches of
// cases in one step (all or none, each case audited, a second finance officer marks them paid),
// and the 拨付清单 reads back from the xlsx exactly.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { beijingDate } from "../calendar/working-days";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

const svc = async () => ({
  ...(await import("../review/propose")), ...(await import("../review/confirm")), ...(await import("../review/end-notice")),
  ...(await import("./payment")), ...(await import("./payment-batches")), ...(await import("./batch-view")), ...(await import("./batch-export")),
  ...(await import("../organisations/bank-account-store")), ...(await import("../testing/applicant-services")),
});

let world: Awaited<ReturnType<typeof makeWorld>> | undefined;
async function makeWorld() {
  const { db } = await import("../db/client");
  await makeRound(db, { measures: ["c09-rnd-increment"] });
  const [a, b, f1, f2, f3] = await Promise.all([
    makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech"),
    makeStaff(db, "finance", "finance"), makeStaff(db, "finance", "finance"), makeStaff(db, "finance", "finance"),
  ]);
  return { db, s: await svc(), a, b, f1, f2, f3 };
}
const getWorld = async () => (world ??= await makeWorld());

/** A new organisation's c09 case, submitted, approved at `amountFen`, and past its notice: payable. */
async function payableCase(amountFen = 7_000_000, proposer?: Awaited<ReturnType<typeof makeStaff>>) {
  const { db, s, a, b } = await getWorld();
  const user = await makeApplicant(db);
  const draft = await s.startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
  const { version } = await s.saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
  await s.submitCase(user, { caseId: draft.id, version, submitKey: `s-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
  const p = await s.propose(proposer ?? a, { caseId: draft.id, version: version + 1, proposal: "approve", amountFen, reason: amountFen < 7_500_000 ? "按实核定" : "" });
  await s.confirm(b, { caseId: draft.id, version: p.version, note: "" });
  await s.endDueNotices(new Date(Date.now() + 30 * 86_400_000));
  const c = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
  expect(c.status).toBe("payable");
  return { user, c };
}

describe("the organisation's bank account", () => {
  it("is validated: 开户名称 equals the organisation's name, 账号 digits of a checked length; spaces are dropped", async () => {
    const { db, s } = await getWorld();
    const user = await makeApplicant(db, { bankAccount: false });
    const org = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });
    const ok = { bankAccountName: org.name, bankName: "中国银行威海分行", bankAccountNo: "6222 0212 3456 7890 123" };
    await expect(s.updateBankAccount(user, { ...ok, bankAccountName: `${org.name}（分公司）` }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { bankAccountName: "account_name_mismatch" }, detail: { orgName: org.name } });
    await expect(s.updateBankAccount(user, { ...ok, bankAccountNo: "6222-0212-3456" })).rejects.toMatchObject({ fieldErrors: { bankAccountNo: "account_digits" } });
    await expect(s.updateBankAccount(user, { ...ok, bankAccountNo: "1234 567" })).rejects.toMatchObject({ fieldErrors: { bankAccountNo: "account_length" } });
    await expect(s.updateBankAccount(user, { ...ok, bankAccountNo: "1".repeat(33) })).rejects.toMatchObject({ fieldErrors: { bankAccountNo: "account_length" } });
    await expect(s.updateBankAccount(user, { ...ok, bankName: "" })).rejects.toMatchObject({ fieldErrors: { bankName: "bank_name" } });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).bankAccountNo).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "org_bank_account_update" } })).toBe(0);

    await s.updateBankAccount(user, ok);
    await s.updateBankAccount(user, ok); // unchanged: no second event
    await s.updateBankAccount(user, { ...ok, bankAccountNo: "6217000012345678" });
    const after = await db.organisation.findUniqueOrThrow({ where: { id: org.id } });
    expect(after).toMatchObject({ bankAccountName: org.name, bankName: "中国银行威海分行", bankAccountNo: "6217000012345678" });
    const events = await db.auditEvent.findMany({ where: { action: "org_bank_account_update" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.actorId, e.data])).toEqual([
      [user.id, { organisationId: org.id, old: null, new: { bankName: "中国银行威海分行", accountNo: "****0123" } }],
      [user.id, { organisationId: org.id, old: { bankName: "中国银行威海分行", accountNo: "****0123" }, new: { bankName: "中国银行威海分行", accountNo: "****5678" } }],
    ]);
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain("62220212");
    const { f1 } = await getWorld();
    await expect(s.updateBankAccount(f1, ok)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("is fixed into the case at submission; without one the submit is refused and changes nothing", async () => {
    const { db, s } = await getWorld();
    const user = await makeApplicant(db, { bankAccount: false });
    const draft = await s.startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
    const { version } = await s.saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
    const submit = (v: number) => s.submitCase(user, { caseId: draft.id, version: v, submitKey: `s-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
    const before = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    await expect(submit(version)).rejects.toMatchObject({ code: "bank_account_missing" });
    expect(await db.case.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);

    const org = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });
    await s.updateBankAccount(user, { bankAccountName: org.name, bankName: "威海市商业银行", bankAccountNo: "8170 0000 1234 5678" });
    await submit(version);
    await s.updateBankAccount(user, { bankAccountName: org.name, bankName: "另一家银行", bankAccountNo: "99998888777766665555" });
    const c = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    expect(c).toMatchObject({ status: "submitted", payeeAccountName: org.name, payeeBankName: "威海市商业银行", payeeAccountNo: "8170000012345678" });
    const ev = await db.auditEvent.findFirstOrThrow({ where: { caseId: draft.id, action: "submit" } });
    expect(ev.data).toMatchObject({ payeeAccountNo: "****5678" });
  });
});

describe("payment batches", () => {
  it("a second finance officer marks a batch paid: every case paid through the state machine, audited and noticed; a repeat changes nothing", async () => {
    const { db, s, f1, f2 } = await getWorld();
    const one = await payableCase(7_000_000);
    const two = await payableCase(6_543_211);
    const batch = await s.createBatch(f1, { caseIds: [one.c.id, two.c.id] });
    expect(batch.batchNo).toMatch(/^BF-\d{4}-\d{4}$/);

    // the one who assembled it cannot pay it
    const mark = { batchId: batch.id, version: batch.version, paidOn: beijingDate(), voucherNo: "PZ-2026-0088" };
    await expect(s.markBatchPaid(f1, mark)).rejects.toMatchObject({ code: "own_batch" });
    // a case in a batch is paid with its batch only
    await expect(s.confirmPayment(f2, { caseId: one.c.id, version: one.c.version, amountFen: 7_000_000, paidOn: beijingDate(), voucherNo: "X1" }))
      .rejects.toMatchObject({ code: "in_batch", detail: { batchNo: batch.batchNo } });
    expect(await db.payment.count({ where: { caseId: { in: [one.c.id, two.c.id] } } })).toBe(0);

    const paid = await s.markBatchPaid(f2, mark);
    expect(paid).toMatchObject({ state: "paid", paidById: f2.id, voucherNo: "PZ-2026-0088" });
    const cases = await db.case.findMany({ where: { id: { in: [one.c.id, two.c.id] } }, include: { payment: true } });
    for (const c of cases) {
      expect(c.status).toBe("paid");
      expect(c.payment).toMatchObject({ amountFen: c.approvedFen, voucherNo: "PZ-2026-0088", confirmedById: f2.id });
      const ev = await db.auditEvent.findFirstOrThrow({ where: { caseId: c.id, action: "pay" } });
      expect(ev).toMatchObject({ actorId: f2.id, fromStatus: "payable", toStatus: "paid" });
      expect(ev.data).toMatchObject({ batchNo: batch.batchNo, voucherNo: "PZ-2026-0088", accountNo: `****${c.payeeAccountNo!.slice(-4)}` });
    }
    const notice = await db.notification.findFirstOrThrow({ where: { userId: two.user.id, titleZh: { startsWith: "拨付通知" } } });
    const four = cases.find((c) => c.id === two.c.id)!.payeeAccountNo!.slice(-4);
    expect(notice.titleZh).toContain("¥65,432.11（6.54万元）");
    expect(notice.bodyZh).toContain("凭证号 PZ-2026-0088");
    expect(notice.bodyZh).toContain(`尾号 ${four}`);
    expect(notice.bodyEn).toContain(`ending ${four}`);
    // the English notice in English units and dates: no 万元, no ISO date
    expect(notice.titleEn).toContain("¥65,432.11");
    expect(notice.bodyEn).not.toMatch(/万|\d{4}-\d{2}-\d{2}/);
    expect(notice.bodyZh).toMatch(/拨付日期 \d{4}年\d{1,2}月\d{1,2}日/);
    expect(await db.auditEvent.count({ where: { action: "payment_batch_paid" } })).toBe(1);

    // a stale or duplicate click (same version, or the new one) changes nothing
    const counts = async () => [await db.payment.count(), await db.auditEvent.count(), await db.notification.count()];
    const before = await counts();
    await expect(s.markBatchPaid(f2, mark)).rejects.toMatchObject({ code: "stale" });
    await expect(s.markBatchPaid(f2, { ...mark, version: paid.version })).rejects.toMatchObject({ code: "batch_closed" });
    await expect(s.cancelBatch(f2, { batchId: batch.id, version: paid.version })).rejects.toMatchObject({ code: "batch_closed" });
    expect(await counts()).toEqual(before);
  });

  it("a case is in one open batch at a time; two officers building batches of the same case at once get one batch", async () => {
    const { db, s, f1, f2, f3 } = await getWorld();
    const x = await payableCase();
    const y = await payableCase();
    const first = await s.createBatch(f1, { caseIds: [x.c.id] });
    await expect(s.createBatch(f2, { caseIds: [y.c.id, x.c.id] })).rejects.toMatchObject({ code: "in_batch", detail: { batchNo: first.batchNo } });
    expect((await db.case.findUniqueOrThrow({ where: { id: y.c.id } })).paymentBatchId).toBeNull();

    const z = await payableCase();
    const race = await Promise.allSettled([s.createBatch(f2, { caseIds: [z.c.id] }), s.createBatch(f3, { caseIds: [z.c.id] })]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(race.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "in_batch" } });

    // two officers marking the same batch at once: it is paid once
    const marks = await Promise.allSettled([f2, f3].map((f) => s.markBatchPaid(f, { batchId: first.id, version: first.version, paidOn: beijingDate(), voucherNo: `PZ-${f.id.slice(-4)}` })));
    expect(marks.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.payment.count({ where: { caseId: x.c.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { caseId: x.c.id, action: "pay" } })).toBe(1);

    // cancelling frees the case; the cancelled batch does not hold it
    const held = await db.paymentBatch.findFirstOrThrow({ where: { cases: { some: { id: z.c.id } } } });
    await s.cancelBatch(f1, { batchId: held.id, version: held.version });
    expect((await db.case.findUniqueOrThrow({ where: { id: z.c.id } })).paymentBatchId).toBeNull();
    expect((await s.createBatch(f1, { caseIds: [z.c.id, y.c.id] })).state).toBe("open");
    await expect(s.createBatch(f1, { caseIds: [x.c.id] })).rejects.toMatchObject({ code: "in_batch" });
  });

  it("all or none: one case the marker may not pay (they proposed it) leaves every case of the batch payable", async () => {
    const { db, s, f1 } = await getWorld();
    const r = await makeStaff(db, "reviewer", "sci-tech");
    const ok = await payableCase();
    const own = await payableCase(7_000_000, r);
    // the proposer of the second case, later given the finance role
    await db.user.update({ where: { id: r.id }, data: { role: "finance", bureauId: "finance" } });
    const asFinance = { ...r, role: "finance" as const, bureauId: "finance" };
    const batch = await s.createBatch(f1, { caseIds: [ok.c.id, own.c.id] });
    await expect(s.markBatchPaid(asFinance, { batchId: batch.id, version: batch.version, paidOn: beijingDate(), voucherNo: "PZ-1" }))
      .rejects.toMatchObject({ code: "separation_of_duties" });
    const after = await db.case.findMany({ where: { id: { in: [ok.c.id, own.c.id] } } });
    expect(after.map((c) => c.status)).toEqual(["payable", "payable"]);
    expect(await db.payment.count({ where: { caseId: { in: [ok.c.id, own.c.id] } } })).toBe(0);
    expect((await db.paymentBatch.findUniqueOrThrow({ where: { id: batch.id } })).state).toBe("open");
    // refused inputs: a forged case, an empty batch, a date before the decision
    await expect(s.createBatch(f1, { caseIds: ["forged-id"] })).rejects.toMatchObject({ code: "not_found" });
    await expect(s.createBatch(f1, { caseIds: [] })).rejects.toMatchObject({ code: "validation" });
    await expect(s.markBatchPaid({ ...f1, id: "someone-else" }, { batchId: batch.id, version: batch.version, paidOn: "2020-01-01", voucherNo: "PZ-1" }))
      .rejects.toMatchObject({ fieldErrors: { paidOn: "paid_on_range" } });
  });

  it("exports the 拨付清单: one row per case with the fixed account, yuan with two decimals, a total from fen", async () => {
    const { s, f1 } = await getWorld();
    const cases = [await payableCase(7_000_000), await payableCase(10), await payableCase(333_333)];
    const batch = await s.createBatch(f1, { caseIds: cases.map((x) => x.c.id) });
    const detail = await s.batchDetail(f1, batch.id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await s.batchXlsx(detail)) as never);
    const ws = wb.getWorksheet("拨付清单")!;
    expect(ws.getRow(1).values).toEqual([undefined, "序号", "案号", "单位名称", "统一社会信用代码", "措施", "开户名称", "开户银行", "账号", "金额(元)"]);
    expect(ws.rowCount).toBe(5);
    for (const [i, c] of detail.cases.entries()) {
      const r = ws.getRow(i + 2).values as unknown[];
      expect(r.slice(1)).toEqual([
        i + 1, c.caseNo, c.organisation.name, c.organisation.creditCode, "研发投入递增奖励", c.payeeAccountName, c.payeeBankName, c.payeeAccountNo,
        Number(c.approvedFen) / 100,
      ]);
      expect(typeof r[8]).toBe("string");
    }
    const byFen = new Map(detail.cases.map((c) => [c.approvedFen, c]));
    expect([...byFen.keys()].sort()).toEqual([10n, 333_333n, 7_000_000n].sort());
    expect(ws.getRow(5).values).toEqual([undefined, "合计", "3 笔", undefined, undefined, undefined, undefined, undefined, undefined, 73_333.43]);
    expect(ws.getColumn(9).numFmt).toBe("#,##0.00");
    await expect(s.batchDetail(cases[0].user, batch.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
