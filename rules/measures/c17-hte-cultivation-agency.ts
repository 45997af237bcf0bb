import { eventDate, grade, GRADE_LABELS, int } from "../core/fields";
import { pct, yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C17AgencyFacts {
  enterprisesServed: number;
  enterprisesCertified: number;
  grade: Grade;
  eventDate: string;
}

const CEILING = 50_000_000; // 50万元
// measures.md fixes "excellent or good" for this measure (not marked configurable), so it is not a param
const OK_GRADES: readonly Grade[] = ["excellent", "good"];

export default defineMeasure<C17AgencyFacts>({
  id: "c17-hte-cultivation-agency",
  clause: 17,
  kind: "ceiling",
  title: { zh: "高新技术企业认定培育机构奖励", en: "Award for high-tech enterprise cultivation agencies" },
  summary: {
    zh: "开展高新技术企业认定培育的机构，按服务企业数量和认定成功率经绩效评价为优秀或良好的，奖励最高50万元",
    en: "Up to ¥500,000 for an agency that coaches enterprises through high-tech certification, graded excellent or good on the number served and success rate",
  },
  quote:
    "对开展高新技术企业认定培育的机构,根据服务企业数量和认定成功率,经绩效评价,给予不超过50万元奖励。",
  orgTypes: ["enterprise", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CEILING,
  monotoneIn: [],
  fields: [
    int("enterprisesServed", "服务企业数量", "Enterprises served", 0, 100_000, {
      zh: "评价期内提供高新技术企业认定培育服务的企业数", en: "Enterprises coached towards high-tech certification in the evaluation period",
    }),
    int("enterprisesCertified", "其中通过认定的企业数量", "Of which certified", 0, 100_000, {
      zh: "服务企业中当期通过高新技术企业认定的数量，不能超过服务企业数量",
      en: "Served enterprises that were certified as high-tech in the period; cannot exceed the number served",
    }),
    grade(),
    eventDate("绩效评价结果日期", "Date of the performance evaluation result"),
  ],
  documents: [
    { key: "service_list", zh: "服务企业清单及服务协议", en: "List of enterprises served with service agreements", template: { file: "hte-service-list.xlsx", label: { zh: "服务企业清单", en: "List of enterprises served" } } },
    { key: "certified_list", zh: "通过认定企业名单（高新技术企业证书复印件）", en: "List of certified enterprises (copies of their certificates)", template: { file: "hte-certified-list.xlsx", label: { zh: "通过认定企业名单", en: "List of certified enterprises" } } },
    { key: "evaluation_result", zh: "绩效评价结果", en: "Performance evaluation result" },
  ],
  checks: [
    {
      code: "certified_within_served", fields: ["enterprisesCertified", "enterprisesServed"],
      test: (f) => f.enterprisesCertified <= f.enterprisesServed,
      message: (f) => ({
        zh: `通过认定的企业数 ${f.enterprisesCertified} 家超过了服务企业数 ${f.enterprisesServed} 家：通过认定的企业是服务企业中的一部分`,
        en: `${f.enterprisesCertified} certified enterprises exceed the ${f.enterprisesServed} served: the certified ones are among those served`,
      }),
    },
  ],
  rule(f, ctx) {
    // "根据服务企业数量和认定成功率"
    const served = f.enterprisesServed;
    const certified = f.enterprisesCertified;
    ctx.step("success_rate", { enterprisesServed: served, enterprisesCertified: certified }, pct(certified, served));
    ctx.check(certified >= 1, "certified_at_least_one",
      certified >= 1 ? `服务企业 ${served} 家，通过认定 ${certified} 家（第17条）` : `服务企业 ${served} 家，无企业通过认定（第17条要求有认定成功的企业）`,
      certified >= 1 ? `${served} enterprises served, ${certified} certified (clause 17)` : `${served} enterprises served, none certified; clause 17 requires at least one certified enterprise`);
    // certified ≤ served is a check across the facts (checks above), so here the rate is always meaningful
    ctx.check(true, "certified_within_served", `认定成功率 ${pct(certified, served)}（第17条）`, `Success rate ${pct(certified, served)} (clause 17)`);
    // "经绩效评价"
    const gradeOk = OK_GRADES.includes(f.grade);
    const g = GRADE_LABELS[f.grade];
    ctx.check(gradeOk, "grade",
      `绩效评价结果为${g.zh}，${gradeOk ? "符合" : "不符合"}优秀或良好的要求（第17条）`,
      `Evaluation grade ${g.en} ${gradeOk ? "meets" : "does not meet"} the excellent-or-good requirement (clause 17)`);
    // "给予不超过50万元奖励"
    ctx.step("ceiling", { capFen: CEILING }, CEILING);
    ctx.check(true, "amount", `奖励上限 ${yuan(CEILING)}（第17条）`, `Award of up to ${yuan(CEILING)} (clause 17)`);
    return { ceilingFen: CEILING, fixed: false };
  },
});
