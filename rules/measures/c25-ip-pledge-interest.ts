import { daysInclusive, yearOf } from "../core/dates";
import { bool, date, eventDate, int, money } from "../core/fields";
import { bp, dayEn, dayZh, monthEn, yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { lprFor } from "../core/params";

export interface C25InterestFacts {
  isSme: boolean;
  principalFen: number;
  contractDate: string;
  loanDaysInYear: number;
  interestPaidFen: number;
  eventDate: string;
}

const CAP = 20_000_000; // 20万元 per enterprise per year

/** "YYYY-MM" of the month before the month of an ISO date */
function monthBefore(isoDate: string): string {
  const y = +isoDate.slice(0, 4);
  const m = +isoDate.slice(5, 7);
  return m === 1 ? `${String(y - 1).padStart(4, "0")}-12` : `${isoDate.slice(0, 4)}-${String(m - 1).padStart(2, "0")}`;
}

/** days of the subsidy year (the year of eventDate) from the contract date, or from 1 January, to 31 December */
function daysLeft(f: C25InterestFacts): number {
  const y = String(yearOf(f.eventDate)).padStart(4, "0");
  const start = f.contractDate > `${y}-01-01` ? f.contractDate : `${y}-01-01`;
  return daysInclusive(start, `${y}-12-31`);
}

export default defineMeasure<C25InterestFacts>({
  id: "c25-ip-pledge-interest",
  clause: 25,
  kind: "formula",
  title: { zh: "知识产权质押融资贴息", en: "Interest subsidy on IP-pledge loans" },
  summary: {
    zh: "中小微企业知识产权质押贷款，按合同签订日上月1年期LPR的20%贴息（不超过实付利息），每家企业每年最高20万元",
    en: "SME loans secured by IP get 20% of the one-year LPR of the month before signing (never more than the interest paid), up to ¥200,000 per enterprise per year",
  },
  quote:
    "鼓励中小微企业知识产权质押融资,按照贷款合同签订日上月1年期贷款市场报价利率(LPR)的20%给予贴息资助,年贴息额度最高20万元,评估费(分析评价费)按实际发生额的30%予以补贴,最高补贴5万元;知识产权质押保险按照实际发生额的20%予以保费补贴,最高补贴2万元。",
  orgTypes: ["enterprise"],
  leadBureau: "market-regulation",
  coBureaus: [],
  once: false,
  annualCapFen: CAP,
  maxFen: CAP,
  monotoneIn: ["principalFen", "interestPaidFen"],
  fields: [
    bool("isSme", "是否中小微企业", "Small, medium or micro enterprise", {
      zh: "按国家中小企业划型标准认定", en: "By the national SME classification standard",
    }),
    money("principalFen", "知识产权质押贷款本金", "IP-pledge loan principal"),
    date("contractDate", "贷款合同签订日期", "Loan contract signing date", {
      zh: "贴息利率按签订日上一个月公布的1年期LPR计算", en: "The subsidy uses the one-year LPR published in the month before this date",
    }),
    int("loanDaysInYear", "本年度计息天数", "Days of interest in this year", 1, 366, {
      zh: "本贴息年度内贷款实际占用的天数（1–366）", en: "Days the loan was outstanding in the subsidy year (1–366)",
    }),
    money("interestPaidFen", "本年度实际支付利息", "Interest actually paid this year", {
      zh: "按银行付息凭证合计填写", en: "Total of the bank's interest payment vouchers",
    }),
    eventDate("付息日期（本年度最后一次付息日，其年份为贴息年度）", "Interest payment date (last payment of the year; its year is the subsidy year)"),
  ],
  documents: [
    { key: "loan_contract", zh: "知识产权质押贷款合同", en: "IP-pledge loan contract" },
    { key: "pledge_registration", zh: "知识产权质押登记通知书", en: "IP pledge registration notice" },
    { key: "interest_vouchers", zh: "利息支付凭证（银行回单）", en: "Interest payment vouchers (bank receipts)" },
    { key: "sme_declaration", zh: "中小微企业声明或划型证明", en: "SME declaration or classification proof", template: { file: "sme-declaration.pdf", label: { zh: "中小微企业声明", en: "SME declaration" } } },
  ],
  checks: [
    {
      code: "contract_before_payment", fields: ["contractDate", "eventDate"], at: "contractDate",
      test: (f) => f.contractDate <= f.eventDate,
      message: (f) => ({
        zh: `贷款合同签订日期 ${dayZh(f.contractDate)} 晚于付息日期 ${dayZh(f.eventDate)}：先签合同，后付利息，请核对`,
        en: `The loan contract date ${dayEn(f.contractDate)} is after the interest payment date ${dayEn(f.eventDate)}: a loan is signed before interest is paid`,
      }),
    },
    {
      // interest runs from the loan's start (never before signing) to the end of the subsidy year
      code: "days_within_year", fields: ["loanDaysInYear", "contractDate", "eventDate"], at: "loanDaysInYear",
      test: (f) => f.contractDate > f.eventDate || f.loanDaysInYear <= daysLeft(f),
      message: (f) => ({
        zh: `本年度计息天数 ${f.loanDaysInYear} 天超过了贴息年度（${yearOf(f.eventDate)}年）内合同签订后的天数 ${daysLeft(f)} 天`,
        en: `${f.loanDaysInYear} days of interest exceed the ${daysLeft(f)} days of the subsidy year ${yearOf(f.eventDate)} after the contract was signed`,
      }),
    },
  ],
  rule(f, ctx) {
    // "鼓励中小微企业知识产权质押融资"
    ctx.check(f.isSme, "sme",
      f.isSme ? "属中小微企业（第25条）" : "不是中小微企业（第25条支持中小微企业）",
      f.isSme ? "Small, medium or micro enterprise (clause 25)" : "Not a small, medium or micro enterprise; clause 25 is for SMEs");
    // "按照贷款合同签订日上月1年期贷款市场报价利率(LPR)的20%给予贴息资助"
    const month = monthBefore(f.contractDate);
    const lpr = lprFor(ctx.params, month);
    ctx.step("lpr_lookup", { contractDate: f.contractDate, month, knownThrough: ctx.params.lpr.knownThrough }, lpr);
    const [yy, mm] = month.split("-");
    ctx.check(lpr !== null, "lpr_known",
      lpr !== null ? `合同签订日 ${dayZh(f.contractDate)} 上月（${yy}年${mm}月）1年期LPR为 ${bp(lpr)}（第25条）` : `${yy}年${mm}月的LPR不在参数表中，无法计算贴息（第25条）`,
      lpr !== null ? `One-year LPR of ${monthEn(month)}, the month before signing on ${dayEn(f.contractDate)}: ${bp(lpr)} (clause 25)` : `LPR for ${monthEn(month)} is not in the table, so the subsidy cannot be computed (clause 25)`);
    if (lpr === null) return { ceilingFen: 0, fixed: false };
    // principal × LPR × 20% × days/365, floored once, exact in integers
    const num = BigInt(f.principalFen) * BigInt(lpr) * 20n * BigInt(f.loanDaysInYear);
    const den = 100n * 10_000n * 365n;
    const byRate = Number(num / den);
    ctx.step("rate_subsidy", { principalFen: f.principalFen, lprBp: lpr, share: "20/100", days: f.loanDaysInYear, per: 365 }, byRate);
    // "年贴息额度最高20万元" (the engine applies the annual cap against this year's earlier awards)
    const ceilingFen = Math.min(f.interestPaidFen, byRate, CAP);
    ctx.step("ceiling", { interestPaidFen: f.interestPaidFen, rateSubsidyFen: byRate, annualCapFen: CAP }, ceilingFen);
    ctx.check(true, "amount",
      `贴息上限 = min(实付利息 ${yuan(f.interestPaidFen)}，本金 ${yuan(f.principalFen)} × ${bp(lpr)} × 20% × ${f.loanDaysInYear}/365 = ${yuan(byRate)})，每年最高 ${yuan(CAP)}（第25条）`,
      `Ceiling = min(interest paid ${yuan(f.interestPaidFen)}, principal ${yuan(f.principalFen)} × ${bp(lpr)} × 20% × ${f.loanDaysInYear}/365 = ${yuan(byRate)}), at most ${yuan(CAP)} per year (clause 25)`);
    return { ceilingFen, fixed: false };
  },
});
