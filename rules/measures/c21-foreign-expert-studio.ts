import { bool, eventDate, grade, GRADE_LABELS } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C21StudioFacts {
  constructionCompleted: boolean;
  grade: Grade;
  eventDate: string;
}

const AMOUNT = 20_000_000; // 20万元

export default defineMeasure<C21StudioFacts>({
  id: "c21-foreign-expert-studio",
  clause: 21,
  kind: "fixed",
  title: { zh: "外国专家工作室补助", en: "Grant for foreign-expert studios" },
  summary: {
    zh: "企业、高校院所、新型研发机构等设立的外国专家工作室，建设期满考核评估优秀的，一次性补助20万元",
    en: "One-off grant of ¥200,000 for a foreign-expert studio graded excellent at the end of its construction period",
  },
  quote: "支持企业、高校院所、新型研发机构等设立外国专家工作室,建设期满考核评估优秀的,一次性给予20万元补助。",
  orgTypes: ["enterprise", "university", "research_institute", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT,
  monotoneIn: [],
  fields: [
    bool("constructionCompleted", "工作室建设期是否已满", "Construction period of the studio completed", {
      zh: "按设立批复确定的建设期已结束并完成期满考核",
      en: "The construction period set in the approval has ended and the end-of-period assessment was done",
    }),
    grade("建设期满考核评估结果", "End-of-construction assessment grade"),
    eventDate("建设期满考核评估结果日期", "Date of the end-of-construction assessment result"),
  ],
  documents: [
    { key: "studio_approval", zh: "外国专家工作室设立批复文件", en: "Approval of the foreign-expert studio" },
    { key: "assessment_result", zh: "建设期满考核评估结果", en: "End-of-construction assessment result" },
  ],
  rule(f, ctx) {
    // "建设期满考核评估优秀的"
    ctx.check(f.constructionCompleted, "construction_completed",
      f.constructionCompleted ? "工作室建设期已满（第21条）" : "工作室建设期未满（第21条要求建设期满）",
      f.constructionCompleted ? "The studio's construction period is completed (clause 21)" : "The studio's construction period is not completed; clause 21 requires it");
    const ok = f.grade === "excellent";
    const g = GRADE_LABELS[f.grade];
    ctx.check(ok, "grade",
      `考核评估结果为${g.zh}，${ok ? "符合" : "不符合"}优秀的要求（第21条）`,
      `Assessment grade ${g.en} ${ok ? "meets" : "does not meet"} the excellent requirement (clause 21)`);
    // "一次性给予20万元补助"
    ctx.step("fixed_award", {}, AMOUNT);
    ctx.check(true, "amount", `一次性补助 ${yuan(AMOUNT)}（第21条）`, `One-off grant of ${yuan(AMOUNT)} (clause 21)`);
    return { ceilingFen: AMOUNT, fixed: true };
  },
});
