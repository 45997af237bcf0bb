// What a status change tells the applicant organisation (issue 15 §5): not only the new status but
// the amount when decided or paid, the voucher and the account's last four digits when paid, and
// the next step it must take or can expect, in both languages. Pure: unit-tested without a
// database; lib/cases/notify.ts sends it in the transition's transaction.
import { formatDate, formatDateTime, formatDay } from "../format-date";
import { formatMoney } from "../money";
import { lastFour } from "../organisations/bank-account";
import type { CaseStatus } from "./status";

export type Text = { zh: string; en: string };

/** What the transition knows beyond the status: the case row after it and the audit data it wrote. */
export interface TransitionFacts {
  approvedFen: bigint | number | null;
  noticeEndsAt: Date | null;
  fixDueAt: Date | null;
  payeeBankName: string | null;
  payeeAccountNo: string | null;
  /** the round's time limits in working days, when the next stage has one */
  limits?: { reviewLimitDays: number; confirmLimitDays: number } | null;
  /** the transition's audit data (reason, fixList, voucherNo, paidOn …) */
  data?: Record<string, unknown>;
}

/** an instant's Beijing date, or date and time, in each language as the pages show them (lib/format-date.ts) */
const day = (d: Date): Text => ({ zh: formatDate(d, "zh"), en: formatDate(d, "en") });
const dayTime = (d: Date): Text => ({ zh: formatDateTime(d, "zh"), en: formatDateTime(d, "en") });
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

export function amountText(fen: bigint | number): Text {
  return { zh: formatMoney(fen, "zh"), en: formatMoney(fen, "en") };
}

/** The facts of the change worth a line each (amount, voucher, deadline, reason), before the next step. */
export function detailLines(to: CaseStatus, f: TransitionFacts): Text[] {
  const out: Text[] = [];
  const reason = str(f.data?.reason);
  const amount = f.approvedFen !== null ? amountText(f.approvedFen) : null;
  if (to === "returned") {
    const items = Array.isArray(f.data?.fixList) ? f.data.fixList.filter((x): x is string => typeof x === "string") : [];
    if (reason) out.push({ zh: `退回理由：${reason}`, en: `Reason: ${reason}` });
    items.forEach((x, i) => out.push({ zh: `补正事项 ${i + 1}：${x}`, en: `To fix ${i + 1}: ${x}` }));
    if (f.fixDueAt) out.push({ zh: `补正期限：${dayTime(f.fixDueAt).zh}`, en: `Fix by: ${dayTime(f.fixDueAt).en}` });
  } else if (to === "rejected") {
    if (reason) out.push({ zh: `理由：${reason}`, en: `Reason: ${reason}` });
  } else if ((to === "in_notice" || to === "payable") && amount) {
    out.push({ zh: `核定金额：${amount.zh}`, en: `Approved amount: ${amount.en}` });
  } else if (to === "paid") {
    if (amount) out.push({ zh: `拨付金额：${amount.zh}`, en: `Amount paid: ${amount.en}` });
    const voucher = str(f.data?.voucherNo);
    const paidOn = str(f.data?.paidOn);
    if (voucher) out.push({ zh: `凭证号 ${voucher}${paidOn ? `，拨付日期 ${formatDay(paidOn, "zh")}` : ""}`, en: `Voucher ${voucher}${paidOn ? `, paid on ${formatDay(paidOn, "en")}` : ""}` });
    if (f.payeeAccountNo) {
      const four = lastFour(f.payeeAccountNo);
      out.push({ zh: `收款账户：${f.payeeBankName ?? ""} 尾号 ${four}`, en: `To the account at ${f.payeeBankName ?? ""} ending ${four}` });
    }
  }
  return out;
}

/** What the applicant should do (or can expect) now that the case is in `to`. */
export function applicantNext(to: CaseStatus, f: TransitionFacts): Text {
  switch (to) {
    case "submitted": {
      const n = f.limits?.reviewLimitDays;
      return n
        ? { zh: `申报已受理，主管部门将在 ${n} 个工作日内完成受理审核，审核结果会通知您，暂无需操作。`, en: `Your application was received; the bureau reviews it within ${n} working days and will tell you the result. Nothing to do for now.` }
        : { zh: "申报已受理，正在等待审核，暂无需操作。", en: "Your application was received and awaits review; nothing to do for now." };
    }
    case "proposed": {
      const n = f.limits?.confirmLimitDays;
      return n
        ? { zh: `初审已完成，另一位审核人员将在 ${n} 个工作日内复核，暂无需操作。`, en: `The first review is done; a second reviewer confirms it within ${n} working days. Nothing to do for now.` }
        : { zh: "初审已完成，正在复核，暂无需操作。", en: "The first review is done and a second reviewer is checking it; nothing to do for now." };
    }
    case "returned": {
      const by = f.fixDueAt ? day(f.fixDueAt) : null;
      return by
        ? { zh: `请于 ${by.zh} 前登录平台，逐项答复上述补正事项，修改后重新提交；逾期未提交的，可联系主管部门。`, en: `Sign in by ${by.en}, answer each item to fix, correct the application and submit it again; if you cannot make it, contact the bureau.` }
        : { zh: "请登录平台，逐项答复补正事项，修改后重新提交。", en: "Sign in, answer each item to fix, correct the application and submit it again." };
    }
    case "rejected":
      return { zh: "申报未通过审核。如对结果有疑问，可联系主管部门。", en: "Your application was not approved. If you have questions about the result, contact the bureau." };
    case "in_notice":
    case "objected": {
      const end = f.noticeEndsAt ? day(f.noticeEndsAt) : null;
      if (to === "objected") return { zh: "公示期间收到异议，主管部门核查后会通知您结果，暂无需操作。", en: "An objection was raised during the notice; the bureau checks it and will tell you the result. Nothing to do for now." };
      return end
        ? { zh: `申报已进入公示，公示期至 ${end.zh}。公示期满无异议后由市财政局拨付至本单位登记的收款账户，暂无需操作。`, en: `Your application is in public notice until ${end.en}; if no objection holds, the Finance Bureau then pays the award to your registered account. Nothing to do for now.` }
        : { zh: "申报已进入公示。公示期满无异议后由市财政局拨付，暂无需操作。", en: "Your application is in public notice; payment by the Finance Bureau follows if no objection holds." };
    }
    case "payable": {
      const four = f.payeeAccountNo ? lastFour(f.payeeAccountNo) : null;
      return four
        ? { zh: `公示期满，市财政局将拨付至本单位收款账户（尾号 ${four}），暂无需操作。`, en: `The notice period is over; the Finance Bureau will pay to your account ending ${four}. Nothing to do for now.` }
        : { zh: "公示期满，资金等待市财政局拨付，暂无需操作。", en: "The notice period is over; the Finance Bureau will pay. Nothing to do for now." };
    }
    case "paid":
      return { zh: "资金已拨付，请留意本单位账户到账情况；如未到账，请凭凭证号联系主管部门。", en: "The award was paid; please check your organisation's account. If it has not arrived, contact the bureau with the voucher number." };
    case "withdrawn":
      return { zh: "申报已撤回。", en: "The application was withdrawn." };
    case "discarded":
      return { zh: "草稿已删除。", en: "The draft was deleted." };
    case "draft":
      return { zh: "申报已回到草稿，可修改后提交。", en: "The application is a draft again; you may edit and submit it." };
  }
}

/** The title of the applicant's message: the payment notice names the amount; the others the new status. */
export function applicantTitle(no: string, to: CaseStatus, status: Text, f: TransitionFacts): Text {
  if (to === "paid" && f.approvedFen !== null) {
    const a = amountText(f.approvedFen);
    return { zh: `拨付通知：申报 ${no} 已拨付 ${a.zh}`, en: `Payment notice: application ${no} paid ${a.en}` };
  }
  return { zh: `申报 ${no} 状态：${status.zh}`, en: `Application ${no}: ${status.en}` };
}
