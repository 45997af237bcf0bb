import { bool, date, GRADE_LABELS, grade } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C04OffsiteRndCenterFacts {
  filedAtCityLevel: boolean;
  grade: Grade;
  eventDate: string;
}

const CAP = 50_000_000; // 50万元

export default defineMeasure<C04OffsiteRndCenterFacts>({
  id: "c04-offsite-rnd-center",
  clause: 4,
  kind: "ceiling",
  title: { zh: "市外研发机构（人才飞地）绩效补助", en: "Off-site R&D centre (talent enclave) subsidy" },
  summary: {
    zh: "我市企业在市外设立的研发机构、“人才飞地”，经备案且评价服务我市绩效突出的，补助不超过50万元",
    en: "Up to ¥500,000 for a filed R&D centre or talent enclave set up outside Weihai by a Weihai enterprise and rated outstanding in serving the city",
  },
  quote: "对我市企业到市外设立研发机构、建设“人才飞地”的,按同等条件予以备案认可,经评价服务我市绩效突出的,给予不超过50万元补助。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "市外研发机构是否已在市级备案", "The off-site R&D centre is filed with the city", {
      zh: "市外研发机构、“人才飞地”按市级新型研发机构同等条件备案认可",
      en: "The off-site centre or talent enclave has been filed on the same terms as a municipal new-type R&D institution",
    }),
    {
      ...grade("服务我市绩效评价结果", "Evaluation grade of its service to Weihai"),
      help: { zh: "“绩效突出”按评价结果为“优秀”认定", en: "\"Outstanding performance\" means an excellent grade" },
    },
    date("eventDate", "绩效评价结果公布日期", "Date the evaluation result was published"),
  ],
  documents: [
    { key: "filing_certificate", zh: "市外研发机构备案认可文件", en: "Filing document of the off-site R&D centre" },
    { key: "establishment_proof", zh: "市外研发机构设立证明（营业执照或登记证书、场地协议等）", en: "Proof of establishment of the off-site centre (licence or registration, premises agreement)" },
    { key: "evaluation_result", zh: "绩效评价结果通知", en: "Performance evaluation result notice" },
  ],
  rule(f, ctx) {
    // "对我市企业到市外设立研发机构、建设“人才飞地”的,按同等条件予以备案认可"
    ctx.check(f.filedAtCityLevel, "filed_city_level",
      f.filedAtCityLevel ? "市外研发机构已备案认可（第4条）" : "市外研发机构未备案认可，第4条要求按同等条件备案",
      f.filedAtCityLevel ? "The off-site R&D centre is filed with the city (clause 4)" : "The off-site R&D centre is not filed with the city; clause 4 requires it");
    // "经评价服务我市绩效突出的"
    const excellent = f.grade === "excellent";
    ctx.check(excellent, "grade",
      `服务我市绩效评价结果为“${GRADE_LABELS[f.grade].zh}”，${excellent ? "属" : "不属"}绩效突出（须为“优秀”，第4条）`,
      `Evaluation grade ${GRADE_LABELS[f.grade].en} ${excellent ? "counts" : "does not count"} as outstanding (Excellent required, clause 4)`);
    // "给予不超过50万元补助"
    ctx.step("ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount", `补助上限 ${yuan(CAP)}（第4条）`, `Ceiling ${yuan(CAP)} (clause 4)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
