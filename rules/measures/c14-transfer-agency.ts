import { bool, date, GRADE_LABELS, grade } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C14TransferAgencyFacts {
  filedAtCityLevel: boolean;
  grade: Grade;
  eventDate: string;
}

const CAP = 10_000_000; // 10万元

export default defineMeasure<C14TransferAgencyFacts>({
  id: "c14-transfer-agency",
  clause: 14,
  kind: "ceiling",
  title: { zh: "技术转移服务机构绩效补助", en: "Technology transfer agency subsidy" },
  summary: {
    zh: "市级备案的技术转移服务机构，年度绩效评价为优秀的，每家补助不超过10万元",
    en: "Up to ¥100,000 for a city-filed technology transfer agency rated excellent in its annual evaluation",
  },
  quote: "鼓励技术转移服务机构开展技术转移转化活动,对市级备案的技术转移服务机构,年度绩效评价为优秀的,每家给予不超过10万元补助。",
  orgTypes: ["enterprise", "social_org", "research_institute", "university"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "是否已在市级备案为技术转移服务机构", "Filed with the city as a technology transfer agency", {
      zh: "已列入市科技局公布的技术转移服务机构备案名单",
      en: "Listed in the Science and Technology Bureau's register of technology transfer agencies",
    }),
    {
      ...grade("年度绩效评价结果", "Annual performance evaluation grade"),
      help: { zh: "只有“优秀”可获补助", en: "Only an excellent grade qualifies" },
    },
    date("eventDate", "年度绩效评价结果公布日期", "Date the annual evaluation result was published"),
  ],
  documents: [
    { key: "filing_certificate", zh: "技术转移服务机构市级备案文件", en: "Municipal filing document of the agency" },
    { key: "evaluation_result", zh: "年度绩效评价结果通知", en: "Annual evaluation result notice" },
    { key: "annual_report", zh: "年度技术转移服务工作报告", en: "Annual report on technology transfer services" },
  ],
  rule(f, ctx) {
    // "对市级备案的技术转移服务机构"
    ctx.check(f.filedAtCityLevel, "filed_city_level",
      f.filedAtCityLevel ? "已备案为市级技术转移服务机构（第14条）" : "未备案为市级技术转移服务机构，第14条只支持已备案的机构",
      f.filedAtCityLevel ? "Filed with the city as a technology transfer agency (clause 14)" : "Not filed with the city as a technology transfer agency; clause 14 requires it");
    // "年度绩效评价为优秀的"
    const excellent = f.grade === "excellent";
    ctx.check(excellent, "grade",
      `年度绩效评价结果为“${GRADE_LABELS[f.grade].zh}”，${excellent ? "达到" : "未达到"}“优秀”要求（第14条）`,
      `Annual evaluation grade ${GRADE_LABELS[f.grade].en}, ${excellent ? "meeting" : "below"} the required Excellent (clause 14)`);
    // "每家给予不超过10万元补助。"
    ctx.step("ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount", `补助上限 ${yuan(CAP)}（第14条）`, `Ceiling ${yuan(CAP)} (clause 14)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
