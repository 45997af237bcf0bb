import { bool, eventDate, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C25InsuranceFacts {
  isSme: boolean;
  premiumFen: number;
  eventDate: string;
}

const CAP = 2_000_000; // 2万元

export default defineMeasure<C25InsuranceFacts>({
  id: "c25-ip-pledge-insurance",
  clause: 25,
  kind: "formula",
  title: { zh: "知识产权质押保险保费补贴", en: "Premium subsidy for IP-pledge insurance" },
  summary: {
    zh: "中小微企业知识产权质押保险，按实际发生保费的20%补贴，最高2万元",
    en: "20% of the premium of an SME's IP-pledge insurance, up to ¥20,000",
  },
  quote:
    "鼓励中小微企业知识产权质押融资,按照贷款合同签订日上月1年期贷款市场报价利率(LPR)的20%给予贴息资助,年贴息额度最高20万元,评估费(分析评价费)按实际发生额的30%予以补贴,最高补贴5万元;知识产权质押保险按照实际发生额的20%予以保费补贴,最高补贴2万元。",
  orgTypes: ["enterprise"],
  leadBureau: "market-regulation",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  monotoneIn: ["premiumFen"],
  fields: [
    bool("isSme", "是否中小微企业", "Small, medium or micro enterprise", {
      zh: "按国家中小企业划型标准认定", en: "By the national SME classification standard",
    }),
    money("premiumFen", "知识产权质押保险保费实际发生额", "IP-pledge insurance premium actually paid", {
      zh: "以保费发票为准", en: "As on the premium invoice",
    }),
    eventDate("保费支付日期", "Premium payment date"),
  ],
  documents: [
    { key: "insurance_policy", zh: "知识产权质押保险保险单", en: "IP-pledge insurance policy" },
    { key: "premium_invoice", zh: "保费发票", en: "Premium invoice" },
    { key: "loan_contract", zh: "知识产权质押贷款合同", en: "IP-pledge loan contract" },
  ],
  rule(f, ctx) {
    // "鼓励中小微企业知识产权质押融资"
    ctx.check(f.isSme, "sme",
      f.isSme ? "属中小微企业（第25条）" : "不是中小微企业（第25条支持中小微企业）",
      f.isSme ? "Small, medium or micro enterprise (clause 25)" : "Not a small, medium or micro enterprise; clause 25 is for SMEs");
    // "知识产权质押保险按照实际发生额的20%予以保费补贴,最高补贴2万元"
    const share = mulDiv(f.premiumFen, 20, 100);
    const ceilingFen = Math.min(share, CAP);
    ctx.step("twenty_percent", { premiumFen: f.premiumFen, rate: "20/100", capFen: CAP }, ceilingFen);
    ctx.check(true, "amount",
      `补贴上限 = 保费 ${yuan(f.premiumFen)} × 20% = ${yuan(share)}，最高 ${yuan(CAP)}（第25条）`,
      `Ceiling = premium ${yuan(f.premiumFen)} × 20% = ${yuan(share)}, at most ${yuan(CAP)} (clause 25)`);
    return { ceilingFen, fixed: false };
  },
});
