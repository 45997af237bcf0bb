import { eventDate, int, manyOf, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C27Facts {
  qualifications: ("tech_sme" | "high_tech_enterprise" | "tech_leader" | "specialized_sme" | "one_enterprise_one_tech_center")[];
  loanBalanceFen: number;
  interestPaidFen: number;
  yearsSubsidizedBefore: number;
  eventDate: string;
}

const LOAN_CAP = 3_000_000_000; // 3000万元 of loans may be subsidised
const MAX_YEARS = 5;
const MAX = mulDiv(LOAN_CAP, 1, 100); // 30万元

export default defineMeasure<C27Facts>({
  id: "c27-tech-bank-loan-interest",
  clause: 27,
  kind: "formula",
  title: { zh: "科技支行贷款贴息", en: "Interest subsidy on tech sub-branch loans" },
  summary: {
    zh: "科技型企业通过科技支行获得的贷款，按实付利息贴息，不超过贷款余额（最多计3000万元）的1%，贴息一般不超过5年",
    en: "Interest on loans from tech sub-branches is subsidised up to 1% of the loan balance (at most ¥30m counted), generally for no more than 5 years",
  },
  quote:
    "鼓励和支持科技型中小企业、高新技术企业、科技领军企业、市级及以上“专精特新”中小企业、具备市级及以上“一企一技术”研发中心企业通过科技支行获得贷款支持,每家企业每年享受贴息的贷款不超过3000万元,贴息上限不超过企业当年在银行贷款余额的1%,贴息期限一般不超过5年。",
  orgTypes: ["enterprise"],
  leadBureau: "financial-regulation",
  coBureaus: [],
  once: false,
  maxFen: MAX,
  monotoneIn: ["loanBalanceFen", "interestPaidFen"],
  fields: [
    manyOf("qualifications", "企业资质", "Qualifications", {
      tech_sme: { zh: "科技型中小企业", en: "Tech-based SME" },
      high_tech_enterprise: { zh: "高新技术企业", en: "High-tech enterprise" },
      tech_leader: { zh: "科技领军企业", en: "Tech-leading enterprise" },
      specialized_sme: { zh: "市级及以上“专精特新”中小企业", en: "Municipal-or-higher \"specialised and sophisticated\" SME" },
      one_enterprise_one_tech_center: { zh: "具备市级及以上“一企一技术”研发中心", en: "Has a municipal-or-higher \"one enterprise, one technology\" R&D centre" },
    }, { zh: "可多选；至少具备一项", en: "Tick all that apply; at least one is needed" }),
    money("loanBalanceFen", "当年在科技支行的贷款余额", "Loan balance at the tech sub-branch this year", {
      zh: "每家企业每年最多按3000万元贷款计算贴息", en: "At most ¥30 million of loans per enterprise per year is counted",
    }),
    money("interestPaidFen", "当年实际支付利息", "Interest actually paid this year", {
      zh: "按银行付息凭证合计填写", en: "Total of the bank's interest payment vouchers",
    }),
    int("yearsSubsidizedBefore", "此前已享受本项贴息的年数", "Years of this subsidy already received", 0, 100, {
      zh: "贴息期限一般不超过5年；首次申请填0", en: "The subsidy generally runs for at most 5 years; enter 0 for a first application",
    }),
    eventDate("付息日期（本年度最后一次付息日）", "Interest payment date (last payment of the year)"),
  ],
  documents: [
    { key: "qualification_certificates", zh: "企业资质证明（高企证书、科技型中小企业入库证明等）", en: "Qualification certificates (high-tech enterprise, tech-SME listing, etc.)" },
    { key: "loan_contract", zh: "科技支行贷款合同", en: "Tech sub-branch loan contract" },
    { key: "balance_statement", zh: "银行出具的贷款余额证明", en: "Bank statement of the loan balance" },
    { key: "interest_vouchers", zh: "利息支付凭证（银行回单）", en: "Interest payment vouchers (bank receipts)" },
  ],
  rule(f, ctx) {
    // "鼓励和支持科技型中小企业、高新技术企业、科技领军企业、市级及以上“专精特新”中小企业、具备市级及以上“一企一技术”研发中心企业通过科技支行获得贷款支持"
    const qualified = f.qualifications.length > 0;
    ctx.check(qualified, "qualification",
      qualified ? "具备第27条所列科技型企业资质（第27条）" : "不具备第27条所列任一资质（科技型中小企业、高新技术企业、科技领军企业、专精特新中小企业、一企一技术研发中心）（第27条）",
      qualified ? "Holds one of the qualifications listed in clause 27 (clause 27)" : "Holds none of the qualifications of clause 27 (tech SME, high-tech, tech leader, specialised SME, one-enterprise-one-technology centre)");
    // "贴息期限一般不超过5年"
    const yearsOk = f.yearsSubsidizedBefore < MAX_YEARS;
    ctx.check(yearsOk, "subsidy_years",
      yearsOk ? `此前已贴息 ${f.yearsSubsidizedBefore} 年，未满 ${MAX_YEARS} 年（第27条）` : `此前已贴息 ${f.yearsSubsidizedBefore} 年，已达 ${MAX_YEARS} 年贴息期限（第27条）`,
      yearsOk ? `Subsidised for ${f.yearsSubsidizedBefore} years before, fewer than ${MAX_YEARS} (clause 27)` : `Already subsidised for ${f.yearsSubsidizedBefore} years; the ${MAX_YEARS}-year limit is reached (clause 27)`);
    // "每家企业每年享受贴息的贷款不超过3000万元,贴息上限不超过企业当年在银行贷款余额的1%"
    const counted = Math.min(f.loanBalanceFen, LOAN_CAP);
    const onePct = mulDiv(counted, 1, 100);
    ctx.step("one_percent_of_balance", { loanBalanceFen: f.loanBalanceFen, loanCapFen: LOAN_CAP, countedFen: counted, rate: "1/100" }, onePct);
    const ceilingFen = Math.min(f.interestPaidFen, onePct);
    ctx.step("ceiling", { interestPaidFen: f.interestPaidFen, onePercentFen: onePct }, ceilingFen);
    ctx.check(true, "amount",
      `贴息上限 = min(实付利息 ${yuan(f.interestPaidFen)}，贷款余额 ${yuan(counted)}（最多计 ${yuan(LOAN_CAP)}）× 1% = ${yuan(onePct)})（第27条）`,
      `Ceiling = min(interest paid ${yuan(f.interestPaidFen)}, loan balance ${yuan(counted)} (at most ${yuan(LOAN_CAP)} counted) × 1% = ${yuan(onePct)}) (clause 27)`);
    return { ceilingFen, fixed: false };
  },
});
