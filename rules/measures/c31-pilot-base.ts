import { bool, eventDate, grade, GRADE_LABELS } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C31Facts {
  filedAtCityLevel: boolean;
  grade: Grade;
  eventDate: string;
}

const CAP = 50_000_000; // 50万元

const gradesZh = (gs: readonly Grade[]) => (gs.length ? gs.map((g) => GRADE_LABELS[g]?.zh ?? g).join("、") : "无");
const gradesEn = (gs: readonly Grade[]) => (gs.length ? gs.map((g) => GRADE_LABELS[g]?.en ?? g).join(", ") : "none");

export default defineMeasure<C31Facts>({
  id: "c31-pilot-base",
  clause: 31,
  kind: "ceiling",
  title: { zh: "中试示范基地补助", en: "Grant for pilot-scale demonstration bases" },
  summary: {
    zh: "纳入市级以上备案管理的中试示范基地，根据年度绩效评价结果择优给予不超过50万元补助",
    en: "Pilot-scale bases filed at city level or above may get up to ¥500,000, selected by the annual performance evaluation",
  },
  quote: "对纳入市级以上备案管理的中试示范基地,根据年度绩效评价结果,择优给予不超过50万元补助。",
  orgTypes: ["enterprise", "university", "research_institute", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  defaultGrades: ["excellent", "good"],
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "是否纳入市级以上备案管理", "Filed (备案) at city level or above", {
      zh: "中试示范基地已纳入市级或更高级别备案管理", en: "The pilot base is on the city's (or a higher) filing register",
    }),
    grade("年度绩效评价结果", "Annual performance evaluation grade"),
    eventDate("年度绩效评价结果公布日期", "Date the annual evaluation result was published"),
  ],
  documents: [
    { key: "filing_certificate", zh: "中试示范基地备案文件", en: "Pilot base filing document" },
    { key: "evaluation_result", zh: "年度绩效评价结果通知", en: "Annual performance evaluation notice" },
    { key: "service_report", zh: "年度中试服务情况报告", en: "Annual report on pilot-scale services" },
  ],
  rule(f, ctx) {
    // "对纳入市级以上备案管理的中试示范基地"
    ctx.check(f.filedAtCityLevel, "filed_at_city_level",
      f.filedAtCityLevel ? "已纳入市级以上备案管理（第31条）" : "未纳入市级以上备案管理（第31条要求备案）",
      f.filedAtCityLevel ? "Filed at city level or above (clause 31)" : "Not filed at city level or above; clause 31 requires it");
    // "根据年度绩效评价结果,择优给予不超过50万元补助"
    const grades = ctx.eligibleGrades();
    const gradeOk = grades.includes(f.grade);
    ctx.step("grade_check", { grade: f.grade, eligibleGrades: grades }, gradeOk);
    ctx.check(gradeOk, "grade",
      `年度绩效评价结果为“${GRADE_LABELS[f.grade].zh}”，${gradeOk ? "属" : "不属"}本轮择优支持范围（${gradesZh(grades)}）（第31条）`,
      `Annual evaluation grade "${GRADE_LABELS[f.grade].en}" is ${gradeOk ? "" : "not "}among the grades supported this round (${gradesEn(grades)}) (clause 31)`);
    ctx.step("grant_ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount", `补助上限 ${yuan(CAP)}（第31条）`, `Ceiling ${yuan(CAP)} (clause 31)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
