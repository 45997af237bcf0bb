import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { pickMessages } from "./pick-messages";

describe("pickMessages", () => {
  const all = { a: { x: "1", y: { z: "2" } }, b: "3", c: { w: "4" } };

  it("copies top-level and nested namespaces, nothing else", () => {
    expect(pickMessages(all, ["b", "a.y"])).toEqual({ b: "3", a: { y: { z: "2" } } });
    expect(pickMessages(all, ["a.x", "a.y.z"])).toEqual({ a: { x: "1", y: { z: "2" } } });
    expect(pickMessages(all, [])).toEqual({});
  });

  it("fails on a namespace that does not exist, rather than shipping none", () => {
    expect(() => pickMessages(all, ["a.nope"])).toThrow(/a\.nope/);
    expect(() => pickMessages(all, ["b.deeper"])).toThrow(/b\.deeper/);
  });

  it("finds every namespace the public pages hand to their client components, in both locales", () => {
    const used = ["signIn", "signUp", "orgTypes", "errors", "policy.calc", "policy.clauseN", "review.notice", "review.errors"];
    for (const locale of ["zh", "en"] as const) expect(() => pickMessages(MESSAGES[locale] as never, used)).not.toThrow();
  });
});
