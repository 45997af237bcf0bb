import { eventDate, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C29BrandFacts {
  brandType: "incubator" | "maker_space";
  eventDate: string;
}

const AWARD = { incubator: 10_000_000, maker_space: 5_000_000 }; // 10万元, 5万元

const BRAND_LABELS = {
  incubator: { zh: "山东省品牌科技企业孵化器", en: "Shandong brand tech business incubator" },
  maker_space: { zh: "山东省品牌众创空间", en: "Shandong brand maker space" },
};

export default defineMeasure<C29BrandFacts>({
  id: "c29-brand-carrier",
  clause: 29,
  kind: "fixed",
  title: { zh: "省级品牌孵化载体奖励", en: "Award for provincial brand incubation carriers" },
  summary: {
    zh: "入选山东省品牌科技企业孵化器、品牌众创空间的，一次性分别给予10万元、5万元奖励",
    en: "A one-off ¥100,000 for a Shandong brand incubator or ¥50,000 for a brand maker space",
  },
  quote:
    "对新获批国家级科技企业孵化器、大学科技园和专业化众创空间的,给予不超过100万元奖励;对新获批省级大学科技园(开放式大学科技园)的,给予不超过50万元奖励;对入选山东省品牌科技企业孵化器、品牌众创空间的,一次性分别给予10万元、5万元奖励。",
  orgTypes: ["enterprise", "university", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AWARD.incubator,
  fixedAmountsFen: [AWARD.maker_space, AWARD.incubator],
  monotoneIn: [],
  fields: [
    oneOf("brandType", "入选类型", "Brand type", BRAND_LABELS),
    eventDate("入选日期", "Date of selection"),
  ],
  documents: [
    { key: "selection_notice", zh: "山东省品牌孵化载体入选文件", en: "Shandong brand carrier selection notice" },
  ],
  rule(f, ctx) {
    // "对入选山东省品牌科技企业孵化器、品牌众创空间的,一次性分别给予10万元、5万元奖励"
    const award = AWARD[f.brandType];
    const label = BRAND_LABELS[f.brandType];
    ctx.step("fixed_award", { brandType: f.brandType }, award);
    ctx.check(true, "amount", `入选${label.zh}，一次性奖励 ${yuan(award)}（第29条）`,
      `Selected as ${label.en}: one-off award ${yuan(award)} (clause 29)`);
    return { ceilingFen: award, fixed: true };
  },
});
