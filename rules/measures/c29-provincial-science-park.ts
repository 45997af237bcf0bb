import { eventDate } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C29ProvincialFacts {
  eventDate: string;
}

const CAP = 50_000_000; // 50万元

export default defineMeasure<C29ProvincialFacts>({
  id: "c29-provincial-science-park",
  clause: 29,
  kind: "ceiling",
  title: { zh: "新获批省级大学科技园奖励", en: "Award for newly approved provincial university science parks" },
  summary: {
    zh: "新获批省级大学科技园（开放式大学科技园）的，给予不超过50万元奖励，每个园区一次",
    en: "Up to ¥500,000 for a newly approved provincial (or open) university science park, once per park",
  },
  quote:
    "对新获批国家级科技企业孵化器、大学科技园和专业化众创空间的,给予不超过100万元奖励;对新获批省级大学科技园(开放式大学科技园)的,给予不超过50万元奖励;对入选山东省品牌科技企业孵化器、品牌众创空间的,一次性分别给予10万元、5万元奖励。",
  orgTypes: ["university", "enterprise", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    eventDate("省级大学科技园获批日期", "Date of provincial approval"),
  ],
  documents: [
    { key: "approval_notice", zh: "省级大学科技园（开放式大学科技园）认定文件", en: "Provincial (open) university science park approval notice" },
    { key: "operation_report", zh: "科技园运营情况报告", en: "Operating report of the park" },
  ],
  rule(_f, ctx) {
    // "对新获批省级大学科技园(开放式大学科技园)的,给予不超过50万元奖励"
    ctx.step("award_ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount", `新获批省级大学科技园，奖励上限 ${yuan(CAP)}（第29条）`,
      `Newly approved provincial university science park: ceiling ${yuan(CAP)} (clause 29)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
