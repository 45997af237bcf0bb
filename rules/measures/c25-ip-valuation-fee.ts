import { bool, eventDate, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C25ValuationFacts {
  isSme: boolean;
  valuationFeeFen: number;
  eventDate: string;
}

const CAP = 5_000_000; // 5万元

export default defineMeasure<C25ValuationFacts>({
  id: "c25-ip-valuation-fee",
  clause: 25,
  kind: "formula",
  title: { zh: "知识产权质押评估费补贴", en: "Subsidy on IP-pledge valuation fees" },
  summary: {
    zh: "中小微企业知识产权质押融资的评估费（分析评价费），按实际发生额的30%补贴，最高5万元",
    en: "30% of the valuation (analysis and evaluation) fee of an SME's IP-pledge financing, up to ¥50,000",
  },
  quote:
    "鼓励中小微企业知识产权质押融资,按照贷款合同签订日上月1年期贷款市场报价利率(LPR)的20%给予贴息资助,年贴息额度最高20万元,评估费(分析评价费)按实际发生额的30%予以补贴,最高补贴5万元;知识产权质押保险按照实际发生额的20%予以保费补贴,最高补贴2万元。",
  orgTypes: ["enterprise"],
  leadBureau: "market-regulation",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  monotoneIn: ["valuationFeeFen"],
  fields: [
    bool("isSme", "是否中小微企业", "Small, medium or micro enterprise", {
      zh: "按国家中小企业划型标准认定", en: "By the national SME classification standard",
    }),
    money("valuationFeeFen", "评估费（分析评价费）实际发生额", "Valuation (analysis and evaluation) fee actually paid", {
      zh: "为办理知识产权质押融资支付给评估机构的费用，以发票为准",
      en: "Paid to the valuation firm for the IP-pledge financing, as on the invoice",
    }),
    eventDate("评估费支付日期", "Valuation fee payment date"),
  ],
  documents: [
    { key: "valuation_report", zh: "知识产权评估（分析评价）报告", en: "IP valuation (analysis and evaluation) report" },
    { key: "fee_invoice", zh: "评估费发票", en: "Valuation fee invoice" },
    { key: "loan_contract", zh: "知识产权质押贷款合同", en: "IP-pledge loan contract" },
  ],
  rule(f, ctx) {
    // "鼓励中小微企业知识产权质押融资"
    ctx.check(f.isSme, "sme",
      f.isSme ? "属中小微企业（第25条）" : "不是中小微企业（第25条支持中小微企业）",
      f.isSme ? "Small, medium or micro enterprise (clause 25)" : "Not a small, medium or micro enterprise; clause 25 is for SMEs");
    // "评估费(分析评价费)按实际发生额的30%予以补贴,最高补贴5万元"
    const share = mulDiv(f.valuationFeeFen, 30, 100);
    const ceilingFen = Math.min(share, CAP);
    ctx.step("thirty_percent", { valuationFeeFen: f.valuationFeeFen, rate: "30/100", capFen: CAP }, ceilingFen);
    ctx.check(true, "amount",
      `补贴上限 = 评估费 ${yuan(f.valuationFeeFen)} × 30% = ${yuan(share)}，最高 ${yuan(CAP)}（第25条）`,
      `Ceiling = valuation fee ${yuan(f.valuationFeeFen)} × 30% = ${yuan(share)}, at most ${yuan(CAP)} (clause 25)`);
    return { ceilingFen, fixed: false };
  },
});
