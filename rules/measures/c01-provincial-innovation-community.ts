import { date } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C01ProvincialInnovationCommunityFacts {
  eventDate: string;
}

const CAP = 500_000_000; // 500万元

export default defineMeasure<C01ProvincialInnovationCommunityFacts>({
  id: "c01-provincial-innovation-community",
  clause: 1,
  kind: "ceiling",
  title: { zh: "省级创新创业共同体奖励", en: "Provincial innovation and entrepreneurship community award" },
  summary: {
    zh: "获批省级创新创业共同体的单位，奖励不超过500万元",
    en: "Up to ¥5m for a unit approved as a provincial innovation and entrepreneurship community",
  },
  quote: "对获批省级创新创业共同体的单位,给予不超过500万元奖励。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    date("eventDate", "获批日期", "Approval date", { zh: "省科技厅批复文件的印发日期", en: "Date the provincial approval document was issued" }),
  ],
  documents: [
    { key: "approval_document", zh: "省级创新创业共同体批复文件", en: "Approval document of the provincial community" },
    { key: "construction_plan", zh: "共同体建设方案", en: "Construction plan of the community" },
  ],
  rule(_f, ctx) {
    // "对获批省级创新创业共同体的单位,给予不超过500万元奖励。"
    ctx.step("ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount",
      `获批省级创新创业共同体，奖励上限 ${yuan(CAP)}（第1条）`,
      `Approved provincial innovation and entrepreneurship community: ceiling ${yuan(CAP)} (clause 1)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
