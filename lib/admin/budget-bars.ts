// The dashboard's budget chart draws each measure against its own budget, never against the largest
// figure of the page: one absurd budget (the ¥2×10¹⁴ of an old demo seed, or a typo in a round)
// would otherwise flatten every other bar to nothing. Pure.

export interface BudgetUse {
  /** bar widths in % of the row's track (0-100); a non-zero amount is never drawn thinner than 1% */
  committedWidth: number;
  paidWidth: number;
  /** committed / budget in %, null when there is no budget */
  usedPct: number | null;
  /** more committed than budgeted (or committed without a budget) */
  over: boolean;
}

const width = (part: number, whole: number) => (part <= 0 || whole <= 0 ? 0 : Math.max(1, Math.min(100, (part / whole) * 100)));

export function budgetUse(r: { budgetFen: number; committedFen: number; paidFen: number }): BudgetUse {
  if (r.budgetFen <= 0) {
    // nothing budgeted: the track is what was committed, paid a share of it
    return { committedWidth: r.committedFen > 0 ? 100 : 0, paidWidth: width(r.paidFen, r.committedFen), usedPct: null, over: r.committedFen > 0 };
  }
  return {
    committedWidth: width(r.committedFen, r.budgetFen),
    paidWidth: width(r.paidFen, r.budgetFen),
    usedPct: (r.committedFen / r.budgetFen) * 100,
    over: r.committedFen > r.budgetFen,
  };
}

/** a count bar's width in % of the largest count shown (counts have no outliers to fear) */
export function countWidth(n: number, max: number): number {
  return width(n, max);
}
