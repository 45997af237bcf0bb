// Facts generated from a measure's FieldSpec list, for the benchmark (seeded PRNG, no
// dependencies at run time) and for the property tests (fast-check arbitraries).
import fc from "fast-check";
import type { FieldSpec } from "../core/fields";
import { POLICY_END, POLICY_START } from "../core/policy";

/** uniform in [0, 1) */
export type Rng = () => number;

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same mix on every run. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const intIn = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pad = (n: number, w: number): string => String(n).padStart(w, "0");
const DAY_MS = 86_400_000;
const WINDOW_FROM = Date.parse(POLICY_START);
const WINDOW_TO = Date.parse(POLICY_END);

/** An amount as real applications carry them: 0 now and then, mostly ¥1k..¥100m, rarely huge. */
function moneyValue(rng: Rng): number {
  const r = rng();
  if (r < 0.05) return 0;
  if (r < 0.08) return intIn(rng, 1, 99_999); // under ¥1k
  if (r < 0.98) return Math.floor(Math.exp(Math.log(100_000) + rng() * Math.log(100_000))); // ¥1k..¥100m, log-uniform
  return intIn(rng, 10_000_000_000, 1_000_000_000_000); // ¥100m..¥10bn
}

/** Mostly inside the policy window, sometimes just outside (a real date either way). */
function dateValue(rng: Rng): string {
  const r = rng();
  let t: number;
  if (r < 0.9) t = WINDOW_FROM + Math.floor(rng() * ((WINDOW_TO - WINDOW_FROM) / DAY_MS + 1)) * DAY_MS;
  else if (r < 0.95) t = WINDOW_FROM - intIn(rng, 1, 1500) * DAY_MS;
  else t = WINDOW_TO + intIn(rng, 1, 1500) * DAY_MS;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** A value the field accepts. */
export function validValue(f: FieldSpec, rng: Rng): unknown {
  switch (f.kind) {
    case "money":
      return moneyValue(rng);
    case "bool":
      return rng() < 0.8; // most applicants tick what the clause asks
    case "int": {
      // years and day counts: favour the policy's years when the range allows
      if (f.min <= 2023 && f.max >= 2028 && rng() < 0.9) return intIn(rng, 2023, 2028);
      return intIn(rng, f.min, Math.min(f.max, f.min + 1_000_000));
    }
    case "date":
      return dateValue(rng);
    case "enum":
      return pick(rng, f.values);
    case "multi":
      return f.values.filter(() => rng() < 0.5);
  }
}

/** A value the field rejects. */
export function invalidValue(f: FieldSpec, rng: Rng): unknown {
  const common: unknown[] = [null, "", "abc", {}, [], true, Number.NaN];
  switch (f.kind) {
    case "money":
      return pick(rng, [-1, -100_000, 12.5, 0.01, "100000", 1e16, Infinity, ...common]);
    case "bool":
      return pick(rng, [0, 1, "true", "false", "是", null, [], {}]);
    case "int":
      return pick(rng, [f.min - 1, f.max + 1, f.min + 0.5, String(f.min), null, Number.NaN, {}]);
    case "date":
      return pick(rng, ["2023-02-29", "2024-13-01", "2024-04-31", "2024-1-5", "20240105", "2024/01/05", "2024-01-05T00:00:00Z", 20240105, null, ""]);
    case "enum":
      return pick(rng, ["unknown_value", f.values[0].toUpperCase() + "_X", 0, null, [f.values[0]], ""]);
    case "multi":
      return pick(rng, [f.values[0], ["unknown_value"], [f.values[0], 3], null, {}, [null]]);
  }
}

export function validFacts(fields: readonly FieldSpec[], rng: Rng): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const f of fields) o[f.name] = validValue(f, rng);
  return o;
}

/** Valid facts with one to three fields broken (wrong value or missing); returns their names. */
export function invalidFacts(fields: readonly FieldSpec[], rng: Rng): { facts: Record<string, unknown>; bad: string[] } {
  const facts = validFacts(fields, rng);
  const n = Math.min(fields.length, intIn(rng, 1, 3));
  const bad: string[] = [];
  while (bad.length < n) {
    const f = pick(rng, fields);
    if (bad.includes(f.name)) continue;
    bad.push(f.name);
    if (rng() < 0.25) delete facts[f.name];
    else facts[f.name] = invalidValue(f, rng);
  }
  return { facts, bad };
}

// ---------------------------------------------------------------- fast-check arbitraries

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** A real calendar date, often near the window edges. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("2023-07-12", "2023-07-13", "2028-07-12", "2028-07-13", "2024-02-29", "2025-12-31"),
  fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2031-12-31T00:00:00Z"), noInvalidDate: true }).map(isoDay),
);

/** Money in fen: small, typical, boundary and huge amounts (all valid). */
export const moneyArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 1, 99, 100_000_000, 100_000_001, 1e15),
  fc.integer({ min: 0, max: 2_000_000_000 }),
  fc.maxSafeNat().map((n) => n % (1e15 + 1)),
);

/** dates inside the policy window, where most of a measure's rule is reached */
export const windowDateArb: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: Math.round((WINDOW_TO - WINDOW_FROM) / DAY_MS) })
  .map((d) => isoDay(new Date(WINDOW_FROM + d * DAY_MS)));

/**
 * A valid value for the field. `likely` leans towards what clauses ask for (booleans mostly
 * true, dates inside the window), so properties reach the eligible paths often.
 */
export function validValueArb(f: FieldSpec, likely = false): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case "money":
      return moneyArb;
    case "bool":
      return likely ? fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) : fc.boolean();
    case "int":
      return fc.integer({ min: f.min, max: f.max });
    case "date":
      return likely ? fc.oneof({ weight: 9, arbitrary: windowDateArb }, { weight: 1, arbitrary: dateArb }) : dateArb;
    case "enum":
      return fc.constantFrom(...f.values);
    case "multi":
      return likely ? fc.subarray([...f.values], { minLength: Math.min(1, f.values.length) }) : fc.subarray([...f.values]);
  }
}

/** Valid facts for the field list (see validValueArb for `likely`). */
export function factsArb(fields: readonly FieldSpec[], likely = false): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) shape[f.name] = validValueArb(f, likely);
  return fc.record(shape);
}

/** Anything at all for one field: valid values, near misses and arbitrary JSON. */
export function anyValueArb(f: FieldSpec): fc.Arbitrary<unknown> {
  const nearMiss: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom(-1, 0.5, -0.0, 1e16, Number.NaN, Infinity, "2023-02-29", "2024-13-01", "x", "", null, true, [], {}),
    fc.double(),
    fc.string({ maxLength: 12 }),
    fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), { maxLength: 3 }),
  );
  return fc.oneof({ weight: 3, arbitrary: validValueArb(f) }, { weight: 2, arbitrary: nearMiss }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
}

/**
 * Facts of any quality: mostly objects whose fields are each valid, broken or missing,
 * sometimes arbitrary JSON (arrays, strings, null) in place of the object.
 */
export function anyFactsArb(fields: readonly FieldSpec[]): fc.Arbitrary<unknown> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) shape[f.name] = anyValueArb(f);
  const objects = fc.record(shape, { requiredKeys: [] });
  return fc.oneof({ weight: 6, arbitrary: objects }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, "facts", []) });
}
