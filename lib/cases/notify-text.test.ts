import { describe, expect, it } from "vitest";
import { applicantNext, applicantTitle, detailLines, type TransitionFacts } from "./notify-text";
import { APPLICANT_STATUS } from "./status";

const none: TransitionFacts = { approvedFen: null, noticeEndsAt: null, fixDueAt: null, payeeBankName: null, payeeAccountNo: null };
const zh = (xs: { zh: string }[]) => xs.map((x) => x.zh);
const en = (xs: { en: string }[]) => xs.map((x) => x.en);

describe("what a status change tells the applicant", () => {
  it("paid: the amount in the title, the voucher, the date and only the account's last four digits", () => {
    const f: TransitionFacts = { ...none, approvedFen: 6_543_211n, payeeBankName: "威海市商业银行", payeeAccountNo: "6222020200112233", data: { voucherNo: "PZ-2026-0088", paidOn: "2026-12-03" } };
    expect(applicantTitle("WH-2026-C09-000001", "paid", APPLICANT_STATUS.paid, f)).toEqual({
      zh: "拨付通知：申报 WH-2026-C09-000001 已拨付 ¥65,432.11（6.54万元）", en: "Payment notice: application WH-2026-C09-000001 paid ¥65,432.11",
    });
    const lines = detailLines("paid", f);
    expect(zh(lines)).toEqual(["拨付金额：¥65,432.11（6.54万元）", "凭证号 PZ-2026-0088，拨付日期 2026年12月3日", "收款账户：威海市商业银行 尾号 2233"]);
    expect(en(lines)).toEqual(["Amount paid: ¥65,432.11", "Voucher PZ-2026-0088, paid on 3 Dec 2026", "To the account at 威海市商业银行 ending 2233"]);
    expect(JSON.stringify(lines)).not.toContain("6222020200112233");
    expect(applicantNext("paid", f).zh).toContain("凭证号");
  });

  it("decided: the approved amount and when the notice ends; payable: the account it goes to", () => {
    const f: TransitionFacts = { ...none, approvedFen: 10_000_000, noticeEndsAt: new Date("2026-12-16T07:00:00Z"), payeeAccountNo: "6222020200112233" };
    expect(zh(detailLines("in_notice", f))).toEqual(["核定金额：¥100,000.00（10万元）"]);
    expect(applicantNext("in_notice", f).zh).toContain("公示期至 2026年12月16日");
    expect(applicantNext("in_notice", f).en).toContain("until 16 Dec 2026");
    expect(applicantNext("payable", f).zh).toContain("尾号 2233");
    expect(applicantTitle("WH-1", "in_notice", APPLICANT_STATUS.in_notice, f).zh).toBe("申报 WH-1 状态：公示中");
  });

  it("returned: the reason, each item to fix and the deadline, then what to do by when", () => {
    const f: TransitionFacts = { ...none, fixDueAt: new Date("2026-12-21T15:59:59.999Z"), data: { reason: "材料不完整", fixList: ["补充审计报告", "核对金额"] } };
    expect(zh(detailLines("returned", f))).toEqual(["退回理由：材料不完整", "补正事项 1：补充审计报告", "补正事项 2：核对金额", "补正期限：2026年12月21日 23:59"]);
    expect(applicantNext("returned", f).zh).toMatch(/^请于 2026年12月21日 前登录平台，逐项答复/);
    expect(applicantNext("returned", f).en).toMatch(/^Sign in by 21 Dec 2026, answer each item/);
  });

  it("submitted and proposed: the round's time limit for the next step", () => {
    const f: TransitionFacts = { ...none, limits: { reviewLimitDays: 15, confirmLimitDays: 5 } };
    expect(applicantNext("submitted", f).zh).toContain("15 个工作日内完成受理审核");
    expect(applicantNext("proposed", f).en).toContain("within 5 working days");
    expect(applicantNext("submitted", none).zh).toBe("申报已受理，正在等待审核，暂无需操作。");
    expect(detailLines("submitted", f)).toEqual([]);
  });
});
