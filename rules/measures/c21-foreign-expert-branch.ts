import { eventDate, grade, GRADE_LABELS } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C21BranchFacts {
  grade: Grade;
  eventDate: string;
}

const CEILING = 20_000_000; // 20万元

export default defineMeasure<C21BranchFacts>({
  id: "c21-foreign-expert-branch",
  clause: 21,
  kind: "ceiling",
  title: { zh: "外国专家驿站分站（海外联络站）补助", en: "Grant for foreign-expert station branches (overseas liaison offices)" },
  summary: {
    zh: "山东省外国专家驿站分站（海外联络站）考核评估优秀的，补助最高20万元",
    en: "Up to ¥200,000 for a branch (overseas liaison office) of the Shandong foreign-expert station graded excellent",
  },
  quote:
    "集成推进山东省外国专家驿站建设,形成“总站—分站(海外联络站)—工作室”点面结合、统筹兼顾的驿站工作体系,支持分站(海外联络站)建设,考核评估优秀的给予不超过20万元补助。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital", "social_org", "bank", "insurer"],
  leadBureau: "sci-tech",
  coBureaus: ["org-dept", "hr"],
  once: false,
  maxFen: CEILING,
  monotoneIn: [],
  fields: [
    grade("考核评估结果", "Assessment grade"),
    eventDate("考核评估结果日期", "Date of the assessment result"),
  ],
  documents: [
    { key: "branch_approval", zh: "外国专家驿站分站（海外联络站）设立批复文件", en: "Approval of the branch (overseas liaison office)" },
    { key: "assessment_result", zh: "考核评估结果", en: "Assessment result" },
  ],
  rule(f, ctx) {
    // "支持分站(海外联络站)建设,考核评估优秀的"
    const ok = f.grade === "excellent";
    const g = GRADE_LABELS[f.grade];
    ctx.check(ok, "grade",
      `考核评估结果为${g.zh}，${ok ? "符合" : "不符合"}优秀的要求（第21条）`,
      `Assessment grade ${g.en} ${ok ? "meets" : "does not meet"} the excellent requirement (clause 21)`);
    // "给予不超过20万元补助"
    ctx.step("ceiling", { capFen: CEILING }, CEILING);
    ctx.check(true, "amount", `补助上限 ${yuan(CEILING)}（第21条）`, `Grant of up to ${yuan(CEILING)} (clause 21)`);
    return { ceilingFen: CEILING, fixed: false };
  },
});
