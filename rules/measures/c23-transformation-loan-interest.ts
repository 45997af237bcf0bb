import { bool, eventDate, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C23Facts {
  isTechSme: boolean;
  firstTimeFiled: boolean;
  repaidOnTime: boolean;
  interestPaidFen: number;
  eventDate: string;
}

const CAP = 50_000_000; // 50万元 per enterprise, over all years (the engine applies it against history)

export default defineMeasure<C23Facts>({
  id: "c23-transformation-loan-interest",
  clause: 23,
  kind: "formula",
  title: { zh: "科技成果转化贷款贴息", en: "Interest subsidy on technology-transfer loans" },
  summary: {
    zh: "首次纳入省科技成果转化贷款风险补偿备案并按时还本付息的科技型中小企业，按实际支付利息贴息，每家企业累计不超过50万元",
    en: "Tech SMEs whose technology-transfer loan is filed for provincial risk compensation for the first time and repaid on time get the interest paid back, up to ¥500,000 per enterprise in total",
  },
  quote:
    "对首次纳入山东省科技成果转化贷款风险补偿备案并按时还本付息的科技型中小企业,积极落实省级贴息支持,每家企业贴息不超过50万元,进一步降低企业融资成本。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  lifetimeCapFen: CAP,
  maxFen: CAP,
  monotoneIn: ["interestPaidFen"],
  fields: [
    bool("isTechSme", "是否国家科技型中小企业", "National tech-based SME", {
      zh: "已通过国家科技型中小企业评价并入库", en: "Evaluated and listed as a national tech-based SME",
    }),
    bool("firstTimeFiled", "该笔贷款是否首次纳入山东省科技成果转化贷款风险补偿备案", "This loan is filed for Shandong's technology-transfer loan risk compensation for the first time", {
      zh: "以合作银行报送的省级备案名单为准", en: "As on the provincial filing list submitted by the lending bank",
    }),
    bool("repaidOnTime", "是否按时还本付息", "Principal and interest repaid on time", {
      zh: "没有逾期还本或逾期付息", en: "No late repayment of principal or interest",
    }),
    money("interestPaidFen", "已实际支付的利息", "Interest actually paid", {
      zh: "按银行付息凭证合计填写", en: "Total of the bank's interest payment vouchers",
    }),
    eventDate("付息日期（本次申请贴息的最后一笔利息支付日）", "Interest payment date (last payment covered by this application)"),
  ],
  documents: [
    { key: "tech_sme_listing", zh: "国家科技型中小企业入库证明", en: "National tech-SME listing" },
    { key: "loan_contract", zh: "科技成果转化贷款合同", en: "Technology-transfer loan contract" },
    { key: "risk_compensation_filing", zh: "省科技成果转化贷款风险补偿备案证明", en: "Provincial risk-compensation filing record" },
    { key: "interest_vouchers", zh: "利息支付凭证（银行回单）", en: "Interest payment vouchers (bank receipts)" },
    { key: "repayment_statement", zh: "银行出具的按时还本付息证明", en: "Bank statement of on-time repayment" },
  ],
  rule(f, ctx) {
    // "对首次纳入山东省科技成果转化贷款风险补偿备案并按时还本付息的科技型中小企业"
    ctx.check(f.isTechSme, "tech_sme",
      f.isTechSme ? "属国家科技型中小企业（第23条）" : "不是国家科技型中小企业（第23条要求科技型中小企业）",
      f.isTechSme ? "National tech-based SME (clause 23)" : "Not a national tech-based SME; clause 23 requires it");
    ctx.check(f.firstTimeFiled, "first_time_filed",
      f.firstTimeFiled ? "该笔贷款首次纳入省科技成果转化贷款风险补偿备案（第23条）" : "该笔贷款不是首次纳入省科技成果转化贷款风险补偿备案（第23条要求首次纳入）",
      f.firstTimeFiled ? "The loan is filed for provincial risk compensation for the first time (clause 23)" : "The loan is not a first-time filing for provincial risk compensation; clause 23 requires a first filing");
    ctx.check(f.repaidOnTime, "repaid_on_time",
      f.repaidOnTime ? "按时还本付息（第23条）" : "未按时还本付息（第23条要求按时还本付息）",
      f.repaidOnTime ? "Principal and interest repaid on time (clause 23)" : "Principal or interest was not repaid on time; clause 23 requires it");
    // "积极落实省级贴息支持,每家企业贴息不超过50万元"
    // per case: at most the interest actually paid and never more than ¥500,000; the engine then
    // takes off what this enterprise already received under this measure in every year
    const ceilingFen = Math.min(f.interestPaidFen, CAP);
    ctx.step("interest_subsidy", { interestPaidFen: f.interestPaidFen, lifetimeCapFen: CAP }, ceilingFen);
    ctx.check(true, "amount",
      `贴息上限 = 实际支付利息 ${yuan(f.interestPaidFen)}，每家企业累计不超过 ${yuan(CAP)}（第23条）`,
      `Ceiling = interest paid ${yuan(f.interestPaidFen)}, at most ${yuan(CAP)} per enterprise in total (clause 23)`);
    return { ceilingFen, fixed: false };
  },
});
