import { bool, date, GRADE_LABELS, grade } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C04NewRndInstitutionFacts {
  filedAtCityLevel: boolean;
  grade: Grade;
  eventDate: string;
}

const CAP = 50_000_000; // 50万元

export default defineMeasure<C04NewRndInstitutionFacts>({
  id: "c04-new-rnd-institution",
  clause: 4,
  kind: "ceiling",
  title: { zh: "市级新型研发机构绩效补助", en: "Municipal new-type R&D institution subsidy" },
  summary: {
    zh: "备案的市级新型研发机构，绩效评价优秀的，补助不超过50万元",
    en: "Up to ¥500,000 for a city-filed new-type R&D institution rated excellent in its performance evaluation",
  },
  quote: "对备案的市级新型研发机构,绩效评价优秀的,给予不超过50万元补助,支持其参与省级新型研发机构备案。",
  orgTypes: ["enterprise", "research_institute", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "是否已在市级备案为新型研发机构", "Filed with the city as a new-type R&D institution", {
      zh: "已列入市科技局公布的市级新型研发机构备案名单",
      en: "Listed in the Science and Technology Bureau's register of municipal new-type R&D institutions",
    }),
    {
      ...grade("绩效评价结果", "Performance evaluation grade"),
      help: { zh: "只有“优秀”可获补助", en: "Only an excellent grade qualifies" },
    },
    date("eventDate", "绩效评价结果公布日期", "Date the evaluation result was published"),
  ],
  documents: [
    { key: "filing_certificate", zh: "市级新型研发机构备案文件", en: "Municipal filing document of the R&D institution" },
    { key: "evaluation_result", zh: "绩效评价结果通知", en: "Performance evaluation result notice" },
  ],
  rule(f, ctx) {
    // "对备案的市级新型研发机构"
    ctx.check(f.filedAtCityLevel, "filed_city_level",
      f.filedAtCityLevel ? "已备案为市级新型研发机构（第4条）" : "未备案为市级新型研发机构，第4条只支持已备案的机构",
      f.filedAtCityLevel ? "Filed with the city as a new-type R&D institution (clause 4)" : "Not filed with the city as a new-type R&D institution; clause 4 requires it");
    // "绩效评价优秀的"
    const excellent = f.grade === "excellent";
    ctx.check(excellent, "grade",
      `绩效评价结果为“${GRADE_LABELS[f.grade].zh}”，${excellent ? "达到" : "未达到"}“优秀”要求（第4条）`,
      `Evaluation grade ${GRADE_LABELS[f.grade].en}, ${excellent ? "meeting" : "below"} the required Excellent (clause 4)`);
    // "给予不超过50万元补助"
    ctx.step("ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount", `补助上限 ${yuan(CAP)}（第4条）`, `Ceiling ${yuan(CAP)} (clause 4)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
