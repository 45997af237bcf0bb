import { describe, expect, it } from "vitest";
import { MEASURES } from "./index";
import { loadMeasure, MEASURE_MODULES } from "./load";

describe("one measure's module by id", () => {
  it("holds every measure of the catalogue and nothing else, each loading to the same definition", async () => {
    expect(Object.keys(MEASURE_MODULES).sort()).toEqual(MEASURES.map((m) => m.id).sort());
    for (const m of MEASURES) expect(await loadMeasure(m.id)).toBe(m);
  });
  it("returns one promise per id and refuses an unknown one", async () => {
    expect(loadMeasure("c09-rnd-increment")).toBe(loadMeasure("c09-rnd-increment"));
    await expect(loadMeasure("toString")).rejects.toThrow("unknown measure");
    await expect(loadMeasure("c99-nothing")).rejects.toThrow("unknown measure");
  });
});
