import { bool, date, GRADE_LABELS, grade } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C11UniversityJointRndFacts {
  jointlyBuilt: boolean;
  independentOperation: boolean;
  mainlyAtCityInstitutions: boolean;
  grade: Grade;
  eventDate: string;
}

const CAP = 50_000_000; // 50万元

export default defineMeasure<C11UniversityJointRndFacts>({
  id: "c11-university-joint-rnd",
  clause: 11,
  kind: "ceiling",
  title: { zh: "校地协同研发机构补助", en: "Joint R&D institution at local universities subsidy" },
  summary: {
    zh: "企业把研发机构设在驻威高校院所，联合建设、独立运营且主要在我市高校院所开展研发的，根据绩效评价补助不超过50万元",
    en: "Up to ¥500,000, by performance evaluation, for an enterprise R&D institution jointly built at a Weihai university or institute, independently run and doing its R&D mainly there",
  },
  quote: "支持市内外企业把研发机构设在山东大学(威海)、哈尔滨工业大学(威海)等驻威高校院所,对联合建设、独立运营且主要在我市高校院所开展研发活动的,根据绩效评价情况,给予不超过50万元补助。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  defaultGrades: ["excellent", "good"],
  monotoneIn: [],
  fields: [
    bool("jointlyBuilt", "是否与驻威高校院所联合建设", "Jointly built with a university or institute in Weihai", {
      zh: "有与山东大学(威海)、哈尔滨工业大学(威海)等驻威高校院所签订的共建协议",
      en: "There is a co-building agreement with a university or research institute located in Weihai",
    }),
    bool("independentOperation", "是否独立运营", "Operates independently", {
      zh: "研发机构有独立的场所、人员、财务核算和管理制度",
      en: "The R&D institution has its own premises, staff, accounts and rules",
    }),
    bool("mainlyAtCityInstitutions", "研发活动是否主要在我市高校院所开展", "R&D is carried out mainly at Weihai universities or institutes"),
    {
      ...grade("绩效评价结果", "Performance evaluation grade"),
      help: { zh: "本轮可获补助的评价等次由管理员设定（默认优秀、良好）", en: "The grades that qualify this round are set by the administrator (default: excellent, good)" },
    },
    date("eventDate", "绩效评价结果公布日期", "Date the evaluation result was published"),
  ],
  documents: [
    { key: "cooperation_agreement", zh: "校企共建协议", en: "Co-building agreement with the university or institute" },
    { key: "operation_proof", zh: "独立运营证明（场所、人员、财务核算材料）", en: "Proof of independent operation (premises, staff, accounts)" },
    { key: "evaluation_result", zh: "绩效评价结果通知", en: "Performance evaluation result notice" },
  ],
  rule(f, ctx) {
    // "对联合建设、独立运营且主要在我市高校院所开展研发活动的"
    ctx.check(f.jointlyBuilt, "jointly_built",
      f.jointlyBuilt ? "研发机构与驻威高校院所联合建设（第11条）" : "研发机构不是与驻威高校院所联合建设的（第11条要求联合建设）",
      f.jointlyBuilt ? "Jointly built with a Weihai university or institute (clause 11)" : "Not jointly built with a Weihai university or institute; clause 11 requires it");
    ctx.check(f.independentOperation, "independent_operation",
      f.independentOperation ? "研发机构独立运营（第11条）" : "研发机构未独立运营（第11条要求独立运营）",
      f.independentOperation ? "Operates independently (clause 11)" : "Does not operate independently; clause 11 requires it");
    ctx.check(f.mainlyAtCityInstitutions, "mainly_at_city_institutions",
      f.mainlyAtCityInstitutions ? "研发活动主要在我市高校院所开展（第11条）" : "研发活动不是主要在我市高校院所开展（第11条要求）",
      f.mainlyAtCityInstitutions ? "R&D is carried out mainly at Weihai universities or institutes (clause 11)" : "R&D is not carried out mainly at Weihai universities or institutes; clause 11 requires it");
    // "根据绩效评价情况"
    const admitted = ctx.eligibleGrades();
    const admittedZh = admitted.map((g) => GRADE_LABELS[g]?.zh ?? g).join("、") || "无";
    const admittedEn = admitted.map((g) => GRADE_LABELS[g]?.en ?? g).join(", ") || "none";
    const gradeOk = admitted.includes(f.grade);
    ctx.step("grade_selection", { grade: f.grade, eligibleGrades: admitted }, gradeOk);
    ctx.check(gradeOk, "grade",
      `绩效评价结果为“${GRADE_LABELS[f.grade].zh}”，${gradeOk ? "在" : "不在"}本轮支持范围（${admittedZh}）内（第11条）`,
      `Evaluation grade ${GRADE_LABELS[f.grade].en} is ${gradeOk ? "within" : "outside"} the grades supported this round (${admittedEn}) (clause 11)`);
    // "给予不超过50万元补助。"
    ctx.step("ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount", `补助上限 ${yuan(CAP)}（第11条）`, `Ceiling ${yuan(CAP)} (clause 11)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
