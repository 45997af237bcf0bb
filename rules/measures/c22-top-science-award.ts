import { eventDate, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C22TopFacts {
  level: "national" | "provincial";
  eventDate: string;
}

const LEVELS = {
  national: { zh: "国家最高科学技术奖", en: "State Preeminent Science and Technology Award" },
  provincial: { zh: "山东省科学技术最高奖", en: "Shandong Provincial Top Science and Technology Award" },
};
const AMOUNTS: Record<C22TopFacts["level"], number> = {
  national: 500_000_000, // 500万元
  provincial: 200_000_000, // 200万元
};

export default defineMeasure<C22TopFacts>({
  id: "c22-top-science-award",
  clause: 22,
  kind: "fixed",
  title: { zh: "最高科学技术奖配套奖励", en: "Matching award for top science and technology awards" },
  summary: {
    zh: "获得国家、省最高科学技术奖的个人，分别配套奖励500万元、200万元",
    en: "A matching award of ¥5,000,000 (national) or ¥2,000,000 (provincial) for an individual winning the top science and technology award",
  },
  quote: "对获得国家、省最高科学技术奖的个人,分别给予500万元、200万元配套奖励;",
  orgTypes: ["individual"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNTS.national,
  fixedAmountsFen: [...new Set(Object.values(AMOUNTS))].sort((a, b) => a - b),
  monotoneIn: [],
  fields: [
    oneOf("level", "所获最高科学技术奖级别", "Level of the top award", LEVELS),
    eventDate("获奖日期（奖励决定发布日期）", "Award date (date of the award decision)"),
  ],
  documents: [
    { key: "award_certificate", zh: "获奖证书", en: "Award certificate" },
    { key: "award_decision", zh: "国务院或省政府奖励决定文件", en: "State Council or provincial government award decision" },
  ],
  rule(f, ctx) {
    // "对获得国家、省最高科学技术奖的个人"
    const lv = LEVELS[f.level];
    ctx.check(true, "award_level", `获得${lv.zh}（第22条）`, `Won the ${lv.en} (clause 22)`);
    // "分别给予500万元、200万元配套奖励"
    const amount = AMOUNTS[f.level];
    ctx.step("award_amount", { level: f.level }, amount);
    ctx.check(true, "amount", `${lv.zh}配套奖励 ${yuan(amount)}（第22条）`, `Matching award for the ${lv.en}: ${yuan(amount)} (clause 22)`);
    return { ceilingFen: amount, fixed: true };
  },
});
