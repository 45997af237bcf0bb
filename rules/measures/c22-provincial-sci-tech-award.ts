import { eventDate, money, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C22ProvincialFacts {
  grade: "special" | "first" | "second" | "youth";
  provincialAwardFen: number;
  eventDate: string;
}

const GRADES = {
  special: { zh: "特等奖", en: "Special prize" },
  first: { zh: "一等奖", en: "First prize" },
  second: { zh: "二等奖", en: "Second prize" },
  youth: { zh: "青年奖", en: "Youth award" },
};

// 1:1 match of the province's prize money, with no cap in the policy. The province sets (and may
// change) its prize amounts, so no fixed yuan figure can be justified here: the bound is the largest
// money amount a fact may hold (MAX_MONEY_FEN of core/fields.ts, 10 trillion yuan; not exported there).
const MAX_FEN = 1e15;

export default defineMeasure<C22ProvincialFacts>({
  id: "c22-provincial-sci-tech-award",
  clause: 22,
  kind: "match",
  title: { zh: "省科学技术奖配套奖励", en: "Matching award for provincial science and technology awards" },
  summary: {
    zh: "获得山东省科学技术奖特等奖、一等奖、二等奖以及青年奖的，按省奖金1:1配套奖励",
    en: "A 1:1 match of the provincial prize money for a special, first or second prize or a youth award of the Shandong S&T awards",
  },
  quote:
    "对获得省科学技术奖特等奖、一等奖、二等奖以及青年奖的,按省市1:1的比例配套奖励,奖金的分配使用按照省有关规定执行。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital", "individual"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: MAX_FEN,
  monotoneIn: ["provincialAwardFen"],
  fields: [
    oneOf("grade", "省科学技术奖等级", "Grade of the provincial S&T award", GRADES),
    money("provincialAwardFen", "省级奖金金额", "Provincial prize money", {
      zh: "省政府奖励决定中本单位（本人）获得的奖金金额；市级按1:1配套",
      en: "Prize money the provincial award decision grants this applicant; the city matches it 1:1",
    }),
    eventDate("获奖日期（奖励决定发布日期）", "Award date (date of the award decision)"),
  ],
  documents: [
    { key: "award_certificate", zh: "获奖证书", en: "Award certificate" },
    { key: "award_decision", zh: "省政府奖励决定文件", en: "Provincial government award decision" },
    { key: "provincial_payment", zh: "省级奖金到账凭证或奖金分配证明", en: "Receipt or allocation proof of the provincial prize money" },
  ],
  rule(f, ctx) {
    // "对获得省科学技术奖特等奖、一等奖、二等奖以及青年奖的"
    const g = GRADES[f.grade];
    ctx.check(true, "award_grade", `获得山东省科学技术奖${g.zh}（第22条）`, `Won a Shandong provincial S&T award, ${g.en} (clause 22)`);
    // "按省市1:1的比例配套奖励,奖金的分配使用按照省有关规定执行"
    const amount = f.provincialAwardFen;
    ctx.step("match_1_to_1", { provincialAwardFen: amount, rate: "1/1" }, amount);
    ctx.check(true, "amount", `按省市1:1配套：省级奖金 ${yuan(amount)}，市级配套 ${yuan(amount)}，分配使用按省有关规定执行（第22条）`,
      `1:1 match: provincial prize ${yuan(amount)}, city match ${yuan(amount)}; distributed under the province's rules (clause 22)`);
    return { ceilingFen: amount, fixed: true };
  },
});
