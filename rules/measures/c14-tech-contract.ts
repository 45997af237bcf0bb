import { bool, date, money, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C14TechContractFacts {
  contractType: "development" | "transfer" | "consulting" | "service";
  registered: boolean;
  sellerType: "university" | "research_institute" | "enterprise";
  sellerInCity: boolean;
  buyerIsTechEnterprise: boolean;
  amountPaidFen: number;
  eventDate: string;
}

const CAP = 30_000_000; // 30万元 per enterprise per year

const CONTRACT_ZH = { development: "技术开发", transfer: "技术转让", consulting: "技术咨询", service: "技术服务" } as const;
const CONTRACT_EN = { development: "development", transfer: "transfer", consulting: "consulting", service: "service" } as const;
const SELLER_ZH = { university: "高校", research_institute: "科研院所", enterprise: "企业" } as const;
const SELLER_EN = { university: "a university", research_institute: "a research institute", enterprise: "an enterprise" } as const;

export default defineMeasure<C14TechContractFacts>({
  id: "c14-tech-contract",
  clause: 14,
  kind: "formula",
  title: { zh: "技术合同购买方补助", en: "Technology contract subsidy for the buyer" },
  summary: {
    zh: "我市科技型企业购买高校院所在威开展的技术开发、技术转让，经备案的合同按支付金额的5%补助，每家每年不超过30万元",
    en: "5% of the amount paid under a registered development or transfer contract with a university or institute working in Weihai, up to ¥300,000 per enterprise per year",
  },
  quote: "对我市科技型企业与高校院所在威开展的技术转移转化,经备案的技术开发、技术转让合同,按不超过支付金额的5%给予购买方补助,每家每年不超过30万元。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  annualCapFen: CAP,
  maxFen: CAP,
  monotoneIn: ["amountPaidFen"],
  fields: [
    oneOf("contractType", "合同类型", "Contract type", {
      development: { zh: "技术开发合同", en: "Technology development" },
      transfer: { zh: "技术转让合同", en: "Technology transfer" },
      consulting: { zh: "技术咨询合同", en: "Technical consulting" },
      service: { zh: "技术服务合同", en: "Technical service" },
    }, {
      zh: "只有技术开发、技术转让合同可获补助",
      en: "Only development and transfer contracts qualify",
    }),
    bool("registered", "合同是否已在技术合同登记机构备案", "The contract is registered with a technology contract registry", {
      zh: "已取得技术合同认定登记证明",
      en: "You hold the technology contract registration certificate",
    }),
    oneOf("sellerType", "卖方（技术提供方）类型", "Seller (technology provider) type", {
      university: { zh: "高校", en: "University" },
      research_institute: { zh: "科研院所", en: "Research institute" },
      enterprise: { zh: "企业", en: "Enterprise" },
    }),
    bool("sellerInCity", "卖方是否在威海开展该项技术转移转化", "The seller carries out the work in Weihai"),
    bool("buyerIsTechEnterprise", "本企业是否为科技型企业", "Your enterprise is a technology-based enterprise", {
      zh: "如高新技术企业、科技型中小企业",
      en: "E.g. a high-tech enterprise or a registered tech-based SME",
    }),
    money("amountPaidFen", "实际支付金额", "Amount actually paid", {
      zh: "按付款凭证上实际支付给卖方的合同款填写",
      en: "Contract money actually paid to the seller, as on the payment vouchers",
    }),
    date("eventDate", "支付日期", "Payment date", { zh: "其年份为计算每年30万元上限的年度", en: "Its year is the year counted against the ¥300,000 annual cap" }),
  ],
  documents: [
    { key: "contract", zh: "技术合同文本", en: "Technology contract" },
    { key: "registration_certificate", zh: "技术合同认定登记证明", en: "Technology contract registration certificate" },
    { key: "payment_voucher", zh: "付款凭证及发票", en: "Payment vouchers and invoices" },
  ],
  capYear: (f) => +f.eventDate.slice(0, 4),
  rule(f, ctx) {
    // "经备案的技术开发、技术转让合同"
    const typeOk = f.contractType === "development" || f.contractType === "transfer";
    ctx.check(typeOk, "contract_type",
      typeOk ? `${CONTRACT_ZH[f.contractType]}合同属支持范围（第14条）` : `${CONTRACT_ZH[f.contractType]}合同不在支持范围，第14条只支持技术开发、技术转让合同`,
      typeOk ? `Technology ${CONTRACT_EN[f.contractType]} contract qualifies (clause 14)` : `A technology ${CONTRACT_EN[f.contractType]} contract does not qualify; clause 14 covers development and transfer contracts only`);
    ctx.check(f.registered, "registered",
      f.registered ? "合同已备案（第14条）" : "合同未备案（第14条要求经备案）",
      f.registered ? "The contract is registered (clause 14)" : "The contract is not registered; clause 14 requires registration");
    // "对我市科技型企业与高校院所在威开展的技术转移转化"
    const sellerOk = f.sellerType === "university" || f.sellerType === "research_institute";
    ctx.check(sellerOk, "seller_type",
      sellerOk ? `卖方为${SELLER_ZH[f.sellerType]}（第14条）` : `卖方为${SELLER_ZH[f.sellerType]}，第14条只支持向高校院所购买的技术`,
      sellerOk ? `The seller is ${SELLER_EN[f.sellerType]} (clause 14)` : `The seller is ${SELLER_EN[f.sellerType]}; clause 14 covers technology bought from universities and research institutes only`);
    ctx.check(f.sellerInCity, "seller_in_city",
      f.sellerInCity ? "技术转移转化在威海开展（第14条）" : "技术转移转化不在威海开展（第14条要求“在威开展”）",
      f.sellerInCity ? "The work is carried out in Weihai (clause 14)" : "The work is not carried out in Weihai; clause 14 requires it");
    ctx.check(f.buyerIsTechEnterprise, "buyer_tech_enterprise",
      f.buyerIsTechEnterprise ? "购买方为我市科技型企业（第14条）" : "购买方不是科技型企业（第14条要求）",
      f.buyerIsTechEnterprise ? "The buyer is a technology-based enterprise (clause 14)" : "The buyer is not a technology-based enterprise; clause 14 requires it");
    // "按不超过支付金额的5%给予购买方补助,每家每年不超过30万元。"
    const paid = f.amountPaidFen;
    const five = mulDiv(paid, 5, 100);
    const ceilingFen = Math.min(five, CAP);
    ctx.step("five_percent", { amountPaidFen: paid, rate: "5/100", capFen: CAP }, ceilingFen);
    ctx.check(true, "amount",
      `补助上限 = 支付金额 ${yuan(paid)} × 5% = ${yuan(five)}，每家每年最高 ${yuan(CAP)}（第14条）`,
      `Ceiling = amount paid ${yuan(paid)} × 5% = ${yuan(five)}, at most ${yuan(CAP)} per enterprise per year (clause 14)`);
    return { ceilingFen, fixed: false };
  },
});
