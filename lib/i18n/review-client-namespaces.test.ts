import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { pickMessages } from "./pick-messages";
import { REVIEW_CLIENT_NAMESPACES } from "./review-client-namespaces";

const AREA = path.join(process.cwd(), "app/(review)");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.includes(".test.") ? [path.join(dir, e.name)] : [],
  );
}

describe("the review area's client messages", () => {
  const used = files(AREA)
    .map((f) => readFileSync(f, "utf8"))
    .filter((src) => /^\s*["']use client["']/m.test(src))
    .flatMap((src) => [...src.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));

  it("finds the client components' namespaces (the scan works)", () => {
    expect(used).toContain("review.propose");
    expect(used).toContain("payment.batches");
  });

  it("covers every namespace a client component of the area asks for", () => {
    const covered = (ns: string) => REVIEW_CLIENT_NAMESPACES.some((c) => ns === c || ns.startsWith(`${c}.`));
    expect(used.filter((ns) => !covered(ns))).toEqual([]);
  });

  it("names only namespaces that exist, in both locales", () => {
    for (const locale of ["zh", "en"] as const) expect(() => pickMessages(MESSAGES[locale] as never, REVIEW_CLIENT_NAMESPACES)).not.toThrow();
  });
});
