import { describe, expect, it } from "vitest";
import { MEASURES } from "./index";
import { MEASURE_TITLES } from "./titles";

describe("the catalogue's titles as plain data", () => {
  it("equal the catalogue: ids, clauses, titles and default grades, in catalogue order", () => {
    expect(MEASURE_TITLES).toEqual(MEASURES.map((m) => ({ id: m.id, clause: m.clause, zh: m.title.zh, en: m.title.en, ...(m.defaultGrades ? { defaultGrades: [...m.defaultGrades] } : {}) })));
  });
});
