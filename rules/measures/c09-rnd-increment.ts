import { bool, eventDate, int, manyOf, money } from "../core/fields";
import { pct, yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C09Facts {
  fiscalYear: number;
  aboveDesignatedSize: boolean;
  hasRndActivity: boolean;
  qualifications: ("high_tech_enterprise" | "tech_sme")[];
  rndPrevYearFen: number;
  rndThisYearFen: number;
  eventDate: string;
}

const CAP = 100_000_000; // 100万元

export default defineMeasure<C09Facts>({
  id: "c09-rnd-increment",
  clause: 9,
  kind: "formula",
  title: { zh: "研发投入递增奖励", en: "R&D investment increment award" },
  summary: {
    zh: "研发投入增长10%以上且增量超过100万元的，按增量的5%奖励，每家每年最高100万元",
    en: "5% of the R&D increment when spending grew at least 10% and by more than ¥1m; up to ¥1m per enterprise per year",
  },
  quote:
    "对规模以上企业中有研发活动的国家高新技术企业和国家科技型中小企业,研发投入较上年度增长10%(含)以上且增量超过100万元的,按不超过增量5%的比例给予补助,每家企业年度内补助资金不超过100万元。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  annualCapFen: CAP,
  maxFen: CAP,
  monotoneIn: ["rndThisYearFen"],
  fields: [
    int("fiscalYear", "研发投入所属年度", "Fiscal year of the R&D spending", 2000, 2100),
    bool("aboveDesignatedSize", "是否规模以上企业", "Above designated size (规上)"),
    bool("hasRndActivity", "是否有研发活动", "Has R&D activity"),
    manyOf("qualifications", "企业资质", "Qualifications", {
      high_tech_enterprise: { zh: "高新技术企业", en: "High-tech enterprise" },
      tech_sme: { zh: "科技型中小企业", en: "Tech-based SME" },
    }),
    money("rndPrevYearFen", "上年度研发投入", "R&D spending, previous year", { zh: "以统计部门数据为准", en: "As reported to the statistics bureau" }),
    money("rndThisYearFen", "本年度研发投入", "R&D spending, this year"),
    eventDate("年度截止日（该年12月31日）", "Year end (31 December of the fiscal year)"),
  ],
  // the year is asked once: the year end (measures.md: "eventDate (31 Dec of fiscalYear)") and the
  // subject follow from it
  derived: {
    eventDate: { from: ["fiscalYear"], value: (f) => `${String(f.fiscalYear).padStart(4, "0")}-12-31` },
  },
  subjectFrom: { from: ["fiscalYear"], value: (f) => `${f.fiscalYear}年度研发投入` },
  documents: [
    { key: "rnd_statistics", zh: "研发投入统计报表", en: "R&D statistics report" },
    { key: "qualification_certificate", zh: "高新技术企业证书或科技型中小企业入库证明", en: "High-tech enterprise certificate or tech-SME registration" },
  ],
  capYear: (f) => f.fiscalYear,
  rule(f, ctx) {
    // "对规模以上企业中有研发活动的…"
    ctx.check(f.aboveDesignatedSize, "above_designated_size",
      f.aboveDesignatedSize ? "属规模以上企业（第9条）" : "不是规模以上企业（第9条要求规上企业）",
      f.aboveDesignatedSize ? "Above designated size (clause 9)" : "Not above designated size; clause 9 requires it");
    ctx.check(f.hasRndActivity, "has_rnd_activity",
      f.hasRndActivity ? "有研发活动（第9条）" : "无研发活动（第9条要求有研发活动）",
      f.hasRndActivity ? "Has R&D activity (clause 9)" : "No R&D activity; clause 9 requires it");
    // "…的国家高新技术企业和国家科技型中小企业"
    const qualified = f.qualifications.length > 0;
    ctx.check(qualified, "qualification",
      qualified ? "具备高新技术企业或科技型中小企业资质（第9条）" : "不具备高新技术企业或科技型中小企业资质（第9条）",
      qualified ? "Holds high-tech enterprise or tech-SME status (clause 9)" : "Holds neither high-tech enterprise nor tech-SME status (clause 9)");
    // "研发投入较上年度增长10%(含)以上且增量超过100万元的"
    const prev = f.rndPrevYearFen;
    const inc = f.rndThisYearFen - prev;
    ctx.step("increment", { rndThisYearFen: f.rndThisYearFen, rndPrevYearFen: prev }, inc);
    const hasBase = ctx.check(prev > 0, "baseline",
      prev > 0 ? `上年研发投入 ${yuan(prev)}（第9条）` : "上年研发投入为 0，无法计算增长（第9条）",
      prev > 0 ? `Previous-year R&D ${yuan(prev)} (clause 9)` : "No previous-year R&D spending, so no growth can be computed (clause 9)");
    if (hasBase) {
      const growthOk = inc * 100 >= prev * 10;
      ctx.step("growth_check", { incrementFen: inc, prevFen: prev, requiredPct: 10 }, growthOk);
      ctx.check(growthOk, "growth_10pct",
        `研发投入增长 ${pct(inc, prev)}，${growthOk ? "达到" : "未达到"} 10% 要求（第9条）`,
        `R&D grew ${pct(inc, prev)}, ${growthOk ? "meeting" : "below"} the 10% requirement (clause 9)`);
    }
    const incOk = inc > 100_000_000;
    ctx.check(incOk, "increment_over_1m",
      `研发投入增量 ${yuan(inc)}，${incOk ? "超过" : "未超过"} 100万元（第9条）`,
      `R&D increment ${yuan(inc)} ${incOk ? "exceeds" : "does not exceed"} ¥1,000,000 (clause 9)`);
    // "按不超过增量5%的比例给予补助,每家企业年度内补助资金不超过100万元"
    const five = inc > 0 ? mulDiv(inc, 5, 100) : 0;
    const ceilingFen = Math.min(five, CAP);
    ctx.step("five_percent", { incrementFen: inc, rate: "5/100", capFen: CAP }, ceilingFen);
    ctx.check(true, "amount", `奖励上限 = 增量 ${yuan(inc)} × 5% = ${yuan(five)}，单家每年最高 ${yuan(CAP)}（第9条）`,
      `Ceiling = increment ${yuan(inc)} × 5% = ${yuan(five)}, at most ${yuan(CAP)} per year (clause 9)`);
    // "每家企业年度内补助资金…": one award per enterprise per fiscal year (measures.md, changed
    // 2026-12-04): the year's increment is claimed once; an award for another year does not count
    const awarded = ctx.awardedInYear(f.fiscalYear);
    ctx.step("already_awarded", { fiscalYear: f.fiscalYear }, awarded);
    ctx.check(!awarded, "already_awarded",
      awarded ? `${f.fiscalYear}年度研发投入递增奖励已获批准或拨付，每家企业每年度仅奖励一次（第9条）` : `${f.fiscalYear}年度尚未获得本项奖励（第9条）`,
      awarded ? `The ${f.fiscalYear} R&D increment award was already approved or paid; it is paid once per enterprise per year (clause 9)` : `No award yet for fiscal year ${f.fiscalYear} (clause 9)`);
    return { ceilingFen, fixed: false };
  },
});
