// The demo round is built through the admin form's round schema: its measure budgets fit its total.
import { describe, expect, it } from "vitest";
import { roundData, roundSchema } from "../admin/round-schema";
import { freshDatabase } from "../testing/fresh-database";
import { MEASURES } from "../../rules";
import { demoRoundInput } from "./seed";

freshDatabase();

describe("demo round", () => {
  it("passes the round schema: every measure, budgets summing to no more than the total", () => {
    const r = roundSchema.safeParse(demoRoundInput(2026));
    expect(r.success ? [] : r.error.issues).toEqual([]);
    const data = roundData(r.data!);
    expect(data.measures.map((m) => m.measureId)).toEqual(MEASURES.map((m) => m.id));
    expect(data.measures.reduce((s, m) => s + m.budgetFen, 0n)).toBeLessThanOrEqual(data.totalBudgetFen);
  });

  it("the schema would refuse the demo round with one measure's budget above what the total leaves", () => {
    const input = demoRoundInput(2026);
    const r = roundSchema.safeParse({ ...input, budgets: { ...input.budgets, "c09-rnd-increment": "300000000" } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toContain("budget_over_total");
  });

  it("seedDemo stores that round (total and budgets as the schema made them) and a second run changes nothing", async () => {
    const { db } = await import("../db/client");
    const { seedDemo } = await import("./seed");
    const now = new Date("2026-05-01T00:00:00Z");
    await seedDemo(db, now);
    await seedDemo(db, now);
    const round = await db.round.findUniqueOrThrow({ where: { id: "round-2026" }, include: { measures: true } });
    const expected = roundData(roundSchema.parse(demoRoundInput(2026)));
    expect(round).toMatchObject({ status: "open", totalBudgetFen: expected.totalBudgetFen, noticeDays: 7, opensAt: expected.opensAt, closesAt: expected.closesAt });
    expect(round.measures).toHaveLength(MEASURES.length);
    const sum = round.measures.reduce((s, m) => s + m.budgetFen, 0n);
    expect(sum).toBeLessThanOrEqual(round.totalBudgetFen);
    expect(await db.round.count()).toBe(1);
  });
});
