import { date, GRADE_LABELS, grade, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C01MunicipalPlatformFacts {
  platformType: "key_lab" | "tech_innovation_center" | "clinical_research_center";
  grade: Grade;
  eventDate: string;
}

const CAP = 50_000_000; // 50万元

const PLATFORM_ZH = { key_lab: "市级重点实验室", tech_innovation_center: "市级技术创新中心", clinical_research_center: "市级临床医学研究中心" } as const;
const PLATFORM_EN = { key_lab: "Municipal key laboratory", tech_innovation_center: "Municipal technology innovation centre", clinical_research_center: "Municipal clinical medical research centre" } as const;

export default defineMeasure<C01MunicipalPlatformFacts>({
  id: "c01-municipal-platform",
  clause: 1,
  kind: "ceiling",
  title: { zh: "市级创新平台绩效补助", en: "Municipal innovation platform performance subsidy" },
  summary: {
    zh: "市级重点实验室、技术创新中心、临床医学研究中心，根据绩效评价结果择优补助不超过50万元",
    en: "Up to ¥500,000 for municipal key laboratories, technology innovation centres and clinical research centres selected on their performance evaluation",
  },
  quote: "对获批市级重点实验室、技术创新中心、临床医学研究中心的单位,根据绩效评价结果,择优给予不超过50万元补助。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  defaultGrades: ["excellent", "good"],
  monotoneIn: [],
  fields: [
    oneOf("platformType", "平台类型", "Type of platform", {
      key_lab: { zh: "重点实验室", en: "Key laboratory" },
      tech_innovation_center: { zh: "技术创新中心", en: "Technology innovation centre" },
      clinical_research_center: { zh: "临床医学研究中心", en: "Clinical medical research centre" },
    }),
    {
      ...grade("绩效评价结果", "Performance evaluation grade"),
      help: { zh: "市科技局组织的市级平台绩效评价结果；本轮择优范围由管理员设定", en: "Result of the municipal platform evaluation by the Science and Technology Bureau; the grades selected this round are set by the administrator" },
    },
    date("eventDate", "绩效评价结果公布日期", "Date the evaluation result was published"),
  ],
  documents: [
    { key: "approval_document", zh: "市级平台认定（批复）文件", en: "Recognition document of the municipal platform" },
    { key: "evaluation_result", zh: "绩效评价结果通知", en: "Performance evaluation result notice" },
  ],
  rule(f, ctx) {
    // "根据绩效评价结果,择优给予"
    const admitted = ctx.eligibleGrades();
    const admittedZh = admitted.map((g) => GRADE_LABELS[g]?.zh ?? g).join("、") || "无";
    const admittedEn = admitted.map((g) => GRADE_LABELS[g]?.en ?? g).join(", ") || "none";
    const gradeOk = admitted.includes(f.grade);
    ctx.step("grade_selection", { grade: f.grade, eligibleGrades: admitted }, gradeOk);
    ctx.check(gradeOk, "grade",
      `绩效评价结果为“${GRADE_LABELS[f.grade].zh}”，${gradeOk ? "在" : "不在"}本轮择优范围（${admittedZh}）内（第1条）`,
      `Evaluation grade ${GRADE_LABELS[f.grade].en} is ${gradeOk ? "within" : "outside"} the grades selected this round (${admittedEn}) (clause 1)`);
    // "对获批市级重点实验室、技术创新中心、临床医学研究中心的单位,……择优给予不超过50万元补助。"
    ctx.step("ceiling", { platformType: f.platformType, capFen: CAP }, CAP);
    ctx.check(true, "amount",
      `${PLATFORM_ZH[f.platformType]}，补助上限 ${yuan(CAP)}（第1条）`,
      `${PLATFORM_EN[f.platformType]}: ceiling ${yuan(CAP)} (clause 1)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
