import { bool, eventDate } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C18FilingFacts {
  filedAtCityLevel: boolean;
  eventDate: string;
}

const AMOUNT = 10_000_000; // 10万元

export default defineMeasure<C18FilingFacts>({
  id: "c18-consortium-filing",
  clause: 18,
  kind: "fixed",
  title: { zh: "市级创新联合体备案补助", en: "Grant for filed city-level innovation consortia" },
  summary: {
    zh: "通过备案的市级创新联合体补助10万元，专项用于科技咨询、技术转移、规划研讨、学术交流等",
    en: "¥100,000 for a filed city-level innovation consortium, earmarked for consulting, technology transfer, planning and academic exchange",
  },
  quote: "对通过备案的市级创新联合体给予10万元补助,专项用于科技咨询、技术转移、规划研讨、学术交流等创新活动。",
  orgTypes: ["enterprise", "research_institute"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT,
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "创新联合体是否已通过市级备案", "Consortium filed at city level", {
      zh: "由牵头单位申报，创新联合体已列入市科技局备案名单",
      en: "Filed by the lead member; the consortium is on the Science and Technology Bureau's filing list",
    }),
    eventDate("市级备案日期", "Date of the city-level filing"),
  ],
  documents: [
    { key: "filing_notice", zh: "市级创新联合体备案通知", en: "City-level consortium filing notice" },
    { key: "consortium_agreement", zh: "创新联合体组建协议", en: "Consortium agreement" },
    { key: "use_plan", zh: "补助资金使用计划（科技咨询、技术转移、规划研讨、学术交流等）", en: "Plan for using the grant (consulting, technology transfer, planning, academic exchange)", template: { file: "consortium-fund-use-plan.xlsx", label: { zh: "补助资金使用计划", en: "Plan for using the grant" } } },
  ],
  rule(f, ctx) {
    // "对通过备案的市级创新联合体"
    ctx.check(f.filedAtCityLevel, "filed_city_level",
      f.filedAtCityLevel ? "创新联合体已通过市级备案（第18条）" : "创新联合体未通过市级备案（第18条要求备案）",
      f.filedAtCityLevel ? "The consortium is filed at city level (clause 18)" : "The consortium is not filed at city level; clause 18 requires it");
    // "给予10万元补助,专项用于科技咨询、技术转移、规划研讨、学术交流等创新活动"
    ctx.step("fixed_award", {}, AMOUNT);
    ctx.check(true, "amount", `补助 ${yuan(AMOUNT)}，专项用于科技咨询、技术转移、规划研讨、学术交流等创新活动（第18条）`,
      `Grant of ${yuan(AMOUNT)}, earmarked for consulting, technology transfer, planning and academic exchange (clause 18)`);
    return { ceilingFen: AMOUNT, fixed: true };
  },
});
