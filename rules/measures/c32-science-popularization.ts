import { eventDate, grade, GRADE_LABELS } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C32Facts {
  grade: Grade;
  eventDate: string;
}

const CAP = 10_000_000; // 10万元
const GOOD_RESULTS: readonly Grade[] = ["excellent", "good"]; // 成效好 (measures.md: fixed, not configurable)

export default defineMeasure<C32Facts>({
  id: "c32-science-popularization",
  clause: 32,
  kind: "ceiling",
  title: { zh: "科普工作补助", en: "Grant for science popularisation" },
  summary: {
    zh: "开展科普能力建设和科普活动成效好（评价优秀或良好）的单位，给予不超过10万元补助",
    en: "Up to ¥100,000 for organisations whose science-popularisation work is evaluated excellent or good",
  },
  quote:
    "鼓励支持学校、科研机构、企业、社会组织、各类媒体等加强科普能力建设,发展科普产业,组织开展科普竞赛、科普宣传、科普作品创作大赛等各类科普活动,对成效好的单位给予不超过10万元补助。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital", "social_org", "bank", "insurer"],
  leadBureau: "sci-assoc",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    grade("科普工作成效评价结果", "Evaluation grade of the science-popularisation work"),
    eventDate("评价结果公布日期", "Date the evaluation result was published"),
  ],
  documents: [
    { key: "activity_report", zh: "科普活动开展情况报告（含照片、媒体报道）", en: "Report on the science-popularisation activities (with photos, press coverage)" },
    { key: "evaluation_result", zh: "成效评价结果通知", en: "Evaluation result notice" },
    { key: "expense_list", zh: "科普经费支出明细", en: "Itemised science-popularisation spending", template: { file: "science-popularization-expense-list.xlsx", label: { zh: "科普经费支出明细表", en: "Science popularisation expenditure list" } } },
  ],
  rule(f, ctx) {
    // "对成效好的单位给予不超过10万元补助"
    const good = GOOD_RESULTS.includes(f.grade);
    ctx.check(good, "grade",
      `科普工作成效评价为“${GRADE_LABELS[f.grade].zh}”，${good ? "属" : "不属"}成效好（优秀、良好）（第32条）`,
      `Science-popularisation work graded "${GRADE_LABELS[f.grade].en}", ${good ? "" : "not "}counted as good results (excellent or good) (clause 32)`);
    ctx.step("grant_ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount", `补助上限 ${yuan(CAP)}（第32条）`, `Ceiling ${yuan(CAP)} (clause 32)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
