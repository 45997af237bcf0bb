import { date, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C01NationalInnovationCenterFacts {
  centerType: "tech_innovation" | "clinical_research";
  eventDate: string;
}

const AMOUNT = 500_000_000; // 500万元

const CENTER_ZH = { tech_innovation: "国家级技术创新中心", clinical_research: "国家级临床医学研究中心" } as const;
const CENTER_EN = { tech_innovation: "national technology innovation centre", clinical_research: "national clinical medical research centre" } as const;

export default defineMeasure<C01NationalInnovationCenterFacts>({
  id: "c01-national-innovation-center",
  clause: 1,
  kind: "fixed",
  title: { zh: "国家级技术创新中心、临床医学研究中心奖励", en: "National technology innovation / clinical research centre award" },
  summary: {
    zh: "获批国家级技术创新中心或国家级临床医学研究中心的单位，奖励500万元",
    en: "¥5m for a unit approved as a national technology innovation centre or national clinical medical research centre",
  },
  quote: "对获批国家级技术创新中心、临床医学研究中心的单位,给予500万元奖励。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT,
  monotoneIn: [],
  fields: [
    oneOf("centerType", "中心类型", "Type of centre", {
      tech_innovation: { zh: "国家技术创新中心", en: "National technology innovation centre" },
      clinical_research: { zh: "国家临床医学研究中心", en: "National clinical medical research centre" },
    }),
    date("eventDate", "获批日期", "Approval date", { zh: "批复文件的印发日期", en: "Date the approval document was issued" }),
  ],
  documents: [
    { key: "approval_document", zh: "国家级中心批复文件", en: "Approval document of the national centre" },
  ],
  rule(f, ctx) {
    // "对获批国家级技术创新中心、临床医学研究中心的单位,给予500万元奖励。"
    ctx.step("fixed_amount", { centerType: f.centerType }, AMOUNT);
    ctx.check(true, "amount",
      `获批${CENTER_ZH[f.centerType]}，奖励 ${yuan(AMOUNT)}（第1条）`,
      `Approved ${CENTER_EN[f.centerType]}: award ${yuan(AMOUNT)} (clause 1)`);
    return { ceilingFen: AMOUNT, fixed: true };
  },
});
