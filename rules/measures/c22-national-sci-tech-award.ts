import { bool, eventDate, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C22NationalFacts {
  grade: "special" | "first" | "second";
  isFirstCompletingUnit: boolean;
  eventDate: string;
}

const GRADES = {
  special: { zh: "特等奖", en: "Special prize" },
  first: { zh: "一等奖", en: "First prize" },
  second: { zh: "二等奖", en: "Second prize" },
};
const AMOUNTS: Record<C22NationalFacts["grade"], number> = {
  special: 300_000_000, // 300万元
  first: 200_000_000, // 200万元
  second: 100_000_000, // 100万元
};

export default defineMeasure<C22NationalFacts>({
  id: "c22-national-sci-tech-award",
  clause: 22,
  kind: "fixed",
  title: { zh: "国家科学技术奖配套奖励", en: "Matching award for national science and technology awards" },
  summary: {
    zh: "作为第一完成单位获得国家科学技术奖特等奖、一等奖、二等奖的，分别配套奖励300万元、200万元、100万元，50%奖励主要完成人，50%用于自主选题科研经费",
    en: "¥3,000,000 / ¥2,000,000 / ¥1,000,000 for the first completing unit of a national S&T award (special / first / second prize); half to the main contributors, half as self-directed research funding",
  },
  quote:
    "对作为第一完成单位获得国家科学技术奖特等奖、一等奖、二等奖的,分别给予300万元、200万元、100万元配套奖励,奖金的50%用于奖励主要完成人,50%用于自主选题科研经费;",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNTS.special,
  fixedAmountsFen: [...new Set(Object.values(AMOUNTS))].sort((a, b) => a - b),
  monotoneIn: [],
  fields: [
    oneOf("grade", "国家科学技术奖等级", "Prize grade of the national S&T award", GRADES, {
      zh: "国家自然科学奖、技术发明奖或科学技术进步奖的获奖等级",
      en: "Grade of the State Natural Science, Technological Invention or Scientific and Technological Progress Award",
    }),
    bool("isFirstCompletingUnit", "是否为第一完成单位", "First completing unit", {
      zh: "获奖证书上排名第一的完成单位", en: "Listed first among the completing units on the award certificate",
    }),
    eventDate("获奖日期（奖励决定发布日期）", "Award date (date of the award decision)"),
  ],
  documents: [
    { key: "award_certificate", zh: "获奖证书（显示完成单位排序）", en: "Award certificate (showing the order of completing units)" },
    { key: "award_decision", zh: "国务院奖励决定文件", en: "State Council award decision" },
    { key: "distribution_plan", zh: "奖金分配方案（主要完成人名单及科研经费使用计划）", en: "Distribution plan (main contributors and research-funding plan)", template: { file: "award-distribution-plan.xlsx", label: { zh: "奖金分配方案", en: "Award distribution plan" } } },
  ],
  rule(f, ctx) {
    // "对作为第一完成单位获得国家科学技术奖特等奖、一等奖、二等奖的"
    const g = GRADES[f.grade];
    ctx.check(f.isFirstCompletingUnit, "first_completing_unit",
      f.isFirstCompletingUnit ? `作为第一完成单位获得国家科学技术奖${g.zh}（第22条）` : `获得国家科学技术奖${g.zh}但不是第一完成单位（第22条要求第一完成单位）`,
      f.isFirstCompletingUnit ? `First completing unit of a national S&T award, ${g.en} (clause 22)` : `Not the first completing unit of the national S&T award; clause 22 requires it`);
    // "分别给予300万元、200万元、100万元配套奖励"
    const amount = AMOUNTS[f.grade];
    ctx.step("award_amount", { grade: f.grade }, amount);
    ctx.check(true, "amount", `国家科学技术奖${g.zh}配套奖励 ${yuan(amount)}（第22条）`, `Matching award for a ${g.en}: ${yuan(amount)} (clause 22)`);
    // "奖金的50%用于奖励主要完成人,50%用于自主选题科研经费"
    const contributors = mulDiv(amount, 50, 100);
    const research = amount - contributors;
    ctx.step("split_50_50", { amountFen: amount, rate: "50/100" }, { mainContributorsFen: contributors, researchFundingFen: research });
    ctx.check(true, "split_50_50",
      `其中 50%（${yuan(contributors)}）用于奖励主要完成人，50%（${yuan(research)}）用于自主选题科研经费（第22条）`,
      `Of which 50% (${yuan(contributors)}) rewards the main contributors and 50% (${yuan(research)}) is self-directed research funding (clause 22)`);
    return { ceilingFen: amount, fixed: true };
  },
});
