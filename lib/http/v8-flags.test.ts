import { describe, expect, it } from "vitest";
import { DEFAULT_V8_FLAGS, parseV8Flags } from "../../server/v8-flags.mjs";

// server/main.mjs's V8 settings (ADR 027, "Memory"): SERVER_V8_FLAGS replaces the defaults; a
// word that is not a flag stops the server at start with its name, before any flag is set.

describe("parseV8Flags", () => {
  it("gives the defaults when SERVER_V8_FLAGS is not set", () => {
    expect(parseV8Flags()).toEqual(["--liftoff-only", "--heap-growing-percent=30"]);
    expect(parseV8Flags(DEFAULT_V8_FLAGS)).toEqual(parseV8Flags());
  });

  it("gives none for an empty value (V8's own defaults)", () => {
    expect(parseV8Flags("")).toEqual([]);
    expect(parseV8Flags("   ")).toEqual([]);
  });

  it("splits on any whitespace and keeps --name=value", () => {
    expect(parseV8Flags(" --max-semi-space-size=4\t--no-liftoff-only ")).toEqual(["--max-semi-space-size=4", "--no-liftoff-only"]);
  });

  it("names the first word that is not a flag", () => {
    expect(() => parseV8Flags("--liftoff-only heap-growing-percent=20")).toThrow('"heap-growing-percent=20" is not a V8 flag');
    expect(() => parseV8Flags("--a=b;rm")).toThrow('"--a=b;rm"');
    expect(() => parseV8Flags("--=1")).toThrow("is not a V8 flag");
  });
});
