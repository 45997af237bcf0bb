import { eventDate, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C24InsuranceFacts {
  premiumPaidFen: number;
  eventDate: string;
}

const CAP = 20_000_000; // 20万元

export default defineMeasure<C24InsuranceFacts>({
  id: "c24-bottleneck-insurance",
  clause: 24,
  kind: "formula",
  title: { zh: "“卡脖子研发损失险”保费补贴", en: "Premium subsidy for bottleneck R&D loss insurance" },
  summary: {
    zh: "投保“卡脖子研发损失险”的企业，按实际支出保费的50%补贴，最高20万元",
    en: "50% of the premium actually paid for bottleneck R&D loss insurance, up to ¥200,000",
  },
  quote:
    "遴选合作保险机构设计涵盖研发营业中断、研发设备损失、研发费用损失和关键研发人员人身意外伤害等的“卡脖子研发损失险”,并对投“保”企业给予实际支出保费总额50%、上限不超过20万元的补贴。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  monotoneIn: ["premiumPaidFen"],
  fields: [
    money("premiumPaidFen", "实际支出保费总额", "Total premium actually paid", {
      zh: "向合作保险机构投保“卡脖子研发损失险”实际缴纳的保费，以保费发票为准",
      en: "Premium paid to a cooperating insurer for bottleneck R&D loss insurance, as on the premium invoice",
    }),
    eventDate("保费支付日期", "Premium payment date"),
  ],
  documents: [
    { key: "insurance_policy", zh: "“卡脖子研发损失险”保险单", en: "Bottleneck R&D loss insurance policy" },
    { key: "premium_invoice", zh: "保费发票", en: "Premium invoice" },
    { key: "payment_voucher", zh: "保费支付凭证", en: "Premium payment voucher" },
  ],
  rule(f, ctx) {
    // "对投“保”企业给予实际支出保费总额50%、上限不超过20万元的补贴"
    const half = mulDiv(f.premiumPaidFen, 50, 100);
    const ceilingFen = Math.min(half, CAP);
    ctx.step("half_of_premium", { premiumPaidFen: f.premiumPaidFen, rate: "50/100", capFen: CAP }, ceilingFen);
    ctx.check(true, "amount",
      `补贴上限 = 实际支出保费 ${yuan(f.premiumPaidFen)} × 50% = ${yuan(half)}，最高 ${yuan(CAP)}（第24条）`,
      `Ceiling = premium paid ${yuan(f.premiumPaidFen)} × 50% = ${yuan(half)}, at most ${yuan(CAP)} (clause 24)`);
    return { ceilingFen, fixed: false };
  },
});
