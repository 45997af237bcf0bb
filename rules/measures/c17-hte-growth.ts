import { bool, eventDate, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C17GrowthFacts {
  certifiedThisYear: boolean;
  salesY1Fen: number;
  salesY2Fen: number;
  salesY3Fen: number;
  eventDate: string;
}

const AMOUNT = 5_000_000; // 5万元

/** floor(√n) for n ≥ 0, exact (Newton on bigint). */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

/**
 * Two-year compound growth (Y3/Y1)^(1/2) − 1 as text with one decimal, floored like pct():
 * floor(1000·√(Y3/Y1)) = isqrt(⌊Y3·10^6 / Y1⌋), so no floating point is involved. Display only.
 */
function cagrText(y1: number, y3: number): string {
  const tenths = Number(isqrt((BigInt(y3) * 1_000_000n) / BigInt(y1))) - 1000;
  const t = Math.abs(tenths);
  return (tenths < 0 ? "-" : "") + Math.floor(t / 10) + "." + (t % 10) + "%";
}

export default defineMeasure<C17GrowthFacts>({
  id: "c17-hte-growth",
  clause: 17,
  kind: "fixed",
  title: { zh: "高新技术企业成长性奖励", en: "High-tech enterprise growth award" },
  summary: {
    zh: "当年通过认定的高新技术企业，近3年销售收入复合增长率达到10%的，一次性奖励5万元",
    en: "One-off award of ¥50,000 for an enterprise certified as high-tech this year whose sales grew at a compound rate of at least 10% over the last 3 years",
  },
  quote:
    "对当年通过认定的高新技术企业开展成长性评价,近3年销售收入复合增长率超过10%(含)的,一次性给予5万元奖励。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT,
  // Y3 up can only turn a failing growth test into a passing one; Y2 does not enter the rule.
  monotoneIn: ["salesY2Fen", "salesY3Fen"],
  fields: [
    bool("certifiedThisYear", "是否当年通过高新技术企业认定", "Certified as a high-tech enterprise this year"),
    money("salesY1Fen", "近3年第1年销售收入（最早一年）", "Sales revenue, year 1 (earliest of the last 3)", {
      zh: "按高新技术企业认定申报时的近三个会计年度填写，以审计报告为准",
      en: "The three fiscal years used in the high-tech enterprise certification, as audited",
    }),
    money("salesY2Fen", "近3年第2年销售收入", "Sales revenue, year 2"),
    money("salesY3Fen", "近3年第3年销售收入（最近一年）", "Sales revenue, year 3 (most recent)"),
    eventDate("高新技术企业认定日期（证书发证日期）", "High-tech enterprise certification date (certificate date)"),
  ],
  documents: [
    { key: "hte_certificate", zh: "高新技术企业证书", en: "High-tech enterprise certificate" },
    { key: "sales_audit", zh: "近三个会计年度财务审计报告（含销售收入）", en: "Audited financial statements of the last three fiscal years (sales revenue)" },
  ],
  rule(f, ctx) {
    // "对当年通过认定的高新技术企业开展成长性评价"
    ctx.check(f.certifiedThisYear, "certified_this_year",
      f.certifiedThisYear ? "当年通过高新技术企业认定（第17条）" : "不是当年通过认定的高新技术企业（第17条）",
      f.certifiedThisYear ? "Certified as a high-tech enterprise this year (clause 17)" : "Not certified as a high-tech enterprise this year (clause 17)");
    // "近3年销售收入复合增长率超过10%(含)的": (Y3/Y1)^(1/2) − 1 ≥ 10%  ⇔  Y3 × 100 ≥ Y1 × 121
    const y1 = f.salesY1Fen;
    const y3 = f.salesY3Fen;
    const hasBase = ctx.check(y1 > 0, "baseline",
      y1 > 0 ? `第1年销售收入 ${yuan(y1)}（第17条）` : "第1年销售收入为 0，无法计算复合增长率（第17条）",
      y1 > 0 ? `Year-1 sales ${yuan(y1)} (clause 17)` : "Year-1 sales are 0, so no compound growth can be computed (clause 17)");
    if (hasBase) {
      const growthOk = BigInt(y3) * 100n >= BigInt(y1) * 121n; // bigint: exact for any fen amount
      const cagr = cagrText(y1, y3);
      ctx.step("growth_check", { salesY1Fen: y1, salesY2Fen: f.salesY2Fen, salesY3Fen: y3, rule: "Y3 × 100 ≥ Y1 × 121", cagr }, growthOk);
      ctx.check(growthOk, "growth_10pct",
        `近3年销售收入由 ${yuan(y1)} 增至 ${yuan(y3)}，复合增长率 ${cagr}，${growthOk ? "达到" : "未达到"} 10%(含) 要求（第17条）`,
        `Sales went from ${yuan(y1)} to ${yuan(y3)} over 3 years, compound growth ${cagr}, ${growthOk ? "meeting" : "below"} the 10% (inclusive) requirement (clause 17)`);
    }
    // "一次性给予5万元奖励"
    ctx.step("fixed_award", {}, AMOUNT);
    ctx.check(true, "amount", `一次性奖励 ${yuan(AMOUNT)}（第17条）`, `One-off award of ${yuan(AMOUNT)} (clause 17)`);
    return { ceilingFen: AMOUNT, fixed: true };
  },
});
