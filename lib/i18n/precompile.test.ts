// Every message of both languages formats to the same text compiled (what the pages now use) as
// with intl-messageformat (what they used before): arguments, numbers, plurals, selects, tags.
import format from "icu-minify/format";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { precompileMessages } from "./precompile";

type El = { type: number; value: string; options?: Record<string, { value: El[] }>; children?: El[] };

/** the values to try a message with: one set per plural number and per select option */
function valueSets(ast: El[]): Record<string, unknown>[] {
  const base: Record<string, unknown> = {};
  const variants: Record<string, unknown>[] = [];
  const walk = (els: El[]) => {
    for (const e of els) {
      if (e.type === 1) base[e.value] ??= `‹${e.value}›`; // argument
      else if (e.type === 2) base[e.value] = 1234567.5; // number
      else if (e.type === 3 || e.type === 4) base[e.value] = new Date("2026-12-05T03:04:05Z"); // date, time
      else if (e.type === 5) { // select
        const keys = Object.keys(e.options!);
        base[e.value] ??= keys.find((k) => k !== "other") ?? "other";
        for (const k of keys) variants.push({ [e.value]: k === "other" ? "zzz-other" : k });
      } else if (e.type === 6) { // plural
        base[e.value] ??= 2;
        for (const n of [0, 1, 2, 5, 21]) variants.push({ [e.value]: n });
      } else if (e.type === 8) base[e.value] = (chunks: string[]) => `<${e.value}>${chunks.join("")}</${e.value}>`; // tag
      for (const o of Object.values(e.options ?? {})) walk(o.value);
      if (e.children) walk(e.children);
    }
  };
  walk(ast);
  return [base, ...variants.map((v) => ({ ...base, ...v }))];
}

const text = (x: unknown) => (Array.isArray(x) ? x.join("") : String(x));
const formatters = {
  getDateTimeFormat: (...a: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...a),
  getNumberFormat: (...a: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...a),
  getPluralRules: (...a: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...a),
};

function leaves(v: unknown, path: string, out: [string, string][]) {
  if (typeof v === "string") out.push([path, v]);
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) leaves(x, path ? `${path}.${k}` : k, out);
  return out;
}

describe("compiled messages", () => {
  for (const locale of ["zh", "en"] as const) {
    it(`${locale}: every message formats as intl-messageformat formats it`, () => {
      const compiled = precompileMessages(MESSAGES[locale]);
      const all = leaves(MESSAGES[locale], "", []);
      let tried = 0, withArgs = 0;
      for (const [path, msg] of all) {
        const imf = new IntlMessageFormat(msg, locale, undefined, { ignoreTag: false });
        const sets = valueSets(imf.getAst() as unknown as El[]);
        const c = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], compiled);
        if (Object.keys(sets[0]).length) withArgs++;
        for (const values of sets) {
          expect(text(format(c as never, locale, values as never, { formatters, timeZone: "Asia/Shanghai" })), `${locale} ${path} ${JSON.stringify(values)}`)
            .toBe(text(imf.format(values as never)));
          tried++;
        }
      }
      // the catalogue is large and uses arguments: nothing was skipped
      expect(all.length).toBeGreaterThan(500);
      expect(withArgs).toBeGreaterThan(100);
      expect(tried).toBeGreaterThanOrEqual(all.length);
    });
  }
  it("plain text stays a string (arrays of steps read with t.raw keep their strings)", () => {
    const c = precompileMessages({ a: "纯文本", b: ["一", "二"], n: "{n, plural, other {# 个}}" });
    expect(c.a).toBe("纯文本");
    expect(c.b).toEqual(["一", "二"]);
    expect(typeof c.n).not.toBe("string");
    // plain objects only: React passes nothing else from a server component to a client one
    const protos = new Set<unknown>();
    const walk = (v: unknown) => {
      if (v && typeof v === "object") {
        protos.add(Object.getPrototypeOf(v));
        Object.values(v).forEach(walk);
      }
    };
    walk(precompileMessages(MESSAGES));
    expect([...protos].every((p) => p === Object.prototype || p === Array.prototype)).toBe(true);
  });
});
