import { describe, expect, it } from "vitest";
import { fixAnswerErrors, fixListOf, pairFixAnswers, storedFixAnswers } from "./fix-answers";

const LIST = ["补充研发费用审计报告", "核对本年度研发投入金额"];

describe("answers to a return's fix list", () => {
  it("pairs each item with its trimmed answer", () => {
    expect(pairFixAnswers(LIST, ["  已上传审计报告 ", "已改为 1200 万元"])).toEqual([
      { item: LIST[0], answer: "已上传审计报告" },
      { item: LIST[1], answer: "已改为 1200 万元" },
    ]);
  });

  it("names every unanswered item (blank, missing or not text) and stores nothing", () => {
    expect(fixAnswerErrors(LIST, ["  ", undefined])).toEqual({ "fixAnswers.0": "fix_answer_required", "fixAnswers.1": "fix_answer_required" });
    expect(fixAnswerErrors(LIST, [1, "ok"])).toEqual({ "fixAnswers.0": "fix_answer_required" });
    expect(() => pairFixAnswers(LIST, ["ok"])).toThrow(expect.objectContaining({ code: "fix_answers_missing", fieldErrors: { "fixAnswers.1": "fix_answer_required" } }));
    expect(() => pairFixAnswers(LIST, undefined)).toThrow(expect.objectContaining({ code: "fix_answers_missing" }));
  });

  it("refuses an over-long answer and needs none for an empty list", () => {
    expect(fixAnswerErrors(["x"], ["a".repeat(2001)])).toEqual({ "fixAnswers.0": "too_long" });
    expect(pairFixAnswers([], undefined)).toEqual([]);
  });

  it("reads stored JSON defensively", () => {
    expect(fixListOf(["a", 2, "b"])).toEqual(["a", "b"]);
    expect(fixListOf(null)).toEqual([]);
    expect(storedFixAnswers([{ item: "a", answer: "b" }, { item: 1 }, "x"])).toEqual([{ item: "a", answer: "b" }]);
    expect(storedFixAnswers(null)).toEqual([]);
  });
});
