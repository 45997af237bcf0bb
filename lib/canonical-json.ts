import { createHash } from "node:crypto";

/** JSON with object keys sorted and undefined members left out: the same value always gives the same text. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return "[" + v.map(canonicalJson).join(",") + "]";
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return "{" + Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => JSON.stringify(k) + ":" + canonicalJson(o[k])).join(",") + "}";
  }
  return JSON.stringify(v ?? null);
}

/** sha256 of the canonical text: what a rules decision records of the facts it was made on. */
export function factsHash(facts: unknown): string {
  return createHash("sha256").update(canonicalJson(facts)).digest("hex");
}
