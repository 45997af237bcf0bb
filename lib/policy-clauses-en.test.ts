import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import en from "./i18n/messages/en/policy.json";
import zh from "./i18n/messages/zh/policy.json";
import { RESPONSIBLE_EN } from "./policy-clauses-en";

// the notes "（责任单位：市科技局、市财政局）" of the text the policy page shows (lib/policy-text.ts)
const text = readFileSync("docs/policy/weihai-2023-5-zh.txt", "utf8");
const named = new Set([...text.matchAll(/[(（]责任单位[:：]([^)）]+)[)）]/g)].flatMap((m) => m[1].split("、").map((s) => s.trim())));

describe("the policy page in English", () => {
  it("has an English name for every responsible unit the text names", () => {
    expect(named.size).toBeGreaterThan(10);
    for (const unit of named) expect(RESPONSIBLE_EN[unit], unit).toMatch(/^[A-Z][A-Za-z ,'-]+$/);
  });

  it("names the city's bureaus as the rest of the portal does", () => {
    for (const [id, name] of Object.entries(zh.policy.bureaus)) expect(RESPONSIBLE_EN[name]).toBe(en.policy.bureaus[id as keyof typeof en.policy.bureaus]);
  });
});
