import { date, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C01ProvincialPlatformFacts {
  platformType: "key_lab" | "tech_innovation_center" | "clinical_research_center";
  eventDate: string;
}

const CAP = 100_000_000; // 100万元

const PLATFORM_ZH = { key_lab: "省级重点实验室", tech_innovation_center: "省级技术创新中心", clinical_research_center: "省级临床医学研究中心" } as const;
const PLATFORM_EN = { key_lab: "provincial key laboratory", tech_innovation_center: "provincial technology innovation centre", clinical_research_center: "provincial clinical medical research centre" } as const;

export default defineMeasure<C01ProvincialPlatformFacts>({
  id: "c01-provincial-platform",
  clause: 1,
  kind: "ceiling",
  title: { zh: "省级创新平台奖励", en: "Provincial innovation platform award" },
  summary: {
    zh: "获批省级重点实验室、技术创新中心、临床医学研究中心的单位，奖励不超过100万元",
    en: "Up to ¥1m for a unit approved as a provincial key laboratory, technology innovation centre or clinical medical research centre",
  },
  quote: "对获批省级重点实验室、技术创新中心、临床医学研究中心的单位,给予不超过100万元奖励。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    oneOf("platformType", "平台类型", "Type of platform", {
      key_lab: { zh: "重点实验室", en: "Key laboratory" },
      tech_innovation_center: { zh: "技术创新中心", en: "Technology innovation centre" },
      clinical_research_center: { zh: "临床医学研究中心", en: "Clinical medical research centre" },
    }),
    date("eventDate", "获批日期", "Approval date", { zh: "省级批复文件的印发日期", en: "Date the provincial approval document was issued" }),
  ],
  documents: [
    { key: "approval_document", zh: "省级平台批复文件", en: "Approval document of the provincial platform" },
  ],
  rule(f, ctx) {
    // "对获批省级重点实验室、技术创新中心、临床医学研究中心的单位,给予不超过100万元奖励。"
    ctx.step("ceiling", { platformType: f.platformType, capFen: CAP }, CAP);
    ctx.check(true, "amount",
      `获批${PLATFORM_ZH[f.platformType]}，奖励上限 ${yuan(CAP)}（第1条）`,
      `Approved ${PLATFORM_EN[f.platformType]}: ceiling ${yuan(CAP)} (clause 1)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
