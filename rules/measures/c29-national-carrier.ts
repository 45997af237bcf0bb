import { eventDate, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C29NationalFacts {
  carrierType: "incubator" | "university_science_park" | "specialized_maker_space";
  eventDate: string;
}

const CAP = 100_000_000; // 100万元

const CARRIER_LABELS = {
  incubator: { zh: "国家级科技企业孵化器", en: "National tech business incubator" },
  university_science_park: { zh: "国家大学科技园", en: "National university science park" },
  specialized_maker_space: { zh: "国家级专业化众创空间", en: "National specialised maker space" },
};

export default defineMeasure<C29NationalFacts>({
  id: "c29-national-carrier",
  clause: 29,
  kind: "ceiling",
  title: { zh: "新获批国家级孵化载体奖励", en: "Award for newly approved national incubation carriers" },
  summary: {
    zh: "新获批国家级科技企业孵化器、大学科技园或专业化众创空间的，给予不超过100万元奖励，每个载体一次",
    en: "Up to ¥1,000,000 for a newly approved national incubator, university science park or specialised maker space, once per carrier",
  },
  quote:
    "对新获批国家级科技企业孵化器、大学科技园和专业化众创空间的,给予不超过100万元奖励;对新获批省级大学科技园(开放式大学科技园)的,给予不超过50万元奖励;对入选山东省品牌科技企业孵化器、品牌众创空间的,一次性分别给予10万元、5万元奖励。",
  orgTypes: ["enterprise", "university", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    oneOf("carrierType", "载体类型", "Carrier type", CARRIER_LABELS),
    eventDate("国家级认定（获批）日期", "Date of national approval"),
  ],
  documents: [
    { key: "approval_notice", zh: "国家级认定（获批）文件", en: "National approval notice" },
    { key: "operation_report", zh: "载体运营情况报告", en: "Operating report of the carrier" },
  ],
  rule(f, ctx) {
    // "对新获批国家级科技企业孵化器、大学科技园和专业化众创空间的,给予不超过100万元奖励"
    const label = CARRIER_LABELS[f.carrierType];
    ctx.step("award_ceiling", { carrierType: f.carrierType, capFen: CAP }, CAP);
    ctx.check(true, "amount", `新获批${label.zh}，奖励上限 ${yuan(CAP)}（第29条）`,
      `Newly approved ${label.en.toLowerCase()}: ceiling ${yuan(CAP)} (clause 29)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
