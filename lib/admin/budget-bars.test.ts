import { describe, expect, it } from "vitest";
import { budgetUse, countWidth } from "./budget-bars";

describe("budget bars: each measure against its own budget", () => {
  it("an outlier budget in one row leaves the other rows' bars as they are", () => {
    const normal = { budgetFen: 1_000_000_000, committedFen: 600_000_000, paidFen: 250_000_000 };
    const outlier = { budgetFen: 20_000_000_000_000_000, committedFen: 100_000_000, paidFen: 0 };
    expect(budgetUse(normal)).toEqual({ committedWidth: 60, paidWidth: 25, usedPct: 60, over: false });
    // the outlier's own commitment is still drawn (1%), its share reads as what it is
    expect(budgetUse(outlier)).toMatchObject({ committedWidth: 1, paidWidth: 0, over: false });
    expect(budgetUse(outlier).usedPct).toBeLessThan(0.001);
  });

  it("overspending fills the track and is flagged", () => {
    expect(budgetUse({ budgetFen: 100, committedFen: 150, paidFen: 120 })).toEqual({ committedWidth: 100, paidWidth: 100, usedPct: 150, over: true });
  });

  it("no budget: committed fills the track, paid is its share, no percentage", () => {
    expect(budgetUse({ budgetFen: 0, committedFen: 400, paidFen: 100 })).toEqual({ committedWidth: 100, paidWidth: 25, usedPct: null, over: true });
    expect(budgetUse({ budgetFen: 0, committedFen: 0, paidFen: 0 })).toEqual({ committedWidth: 0, paidWidth: 0, usedPct: null, over: false });
  });

  it("count bars scale to the largest count; a small non-zero count stays visible", () => {
    expect(countWidth(50, 100)).toBe(50);
    expect(countWidth(1, 100_000)).toBe(1);
    expect(countWidth(0, 10)).toBe(0);
  });
});
