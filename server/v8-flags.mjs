// The server's V8 settings (ADR 027, "Memory"): set before Next.js or Prisma load, in every server
// process (a cluster's workers run server/main.mjs too). SERVER_V8_FLAGS replaces them; set it empty
// for V8's defaults.
//   --liftoff-only: Prisma's query compiler is a 3.4 MB WebAssembly module; V8 compiles its hot
//     functions a second time with TurboFan, and that compilation took ~65 MB of the idle server
//     (281 → 214 MB after the first pages). The compiler runs once per query shape, so its speed
//     does not show in a request (bench:load's queue and submit figures with and without).
//   --heap-growing-percent=30: V8 lets the old generation grow to up to 4× what survived the last
//     full collection before the next; an export's garbage (exceljs's rows, the zip's chunks) then
//     piled up to ~150 MB above the idle server. 1.3× collects it sooner (export of 100,000 rows:
//     peak ~340 → 228–237 MB). It was 1.2× until 2026-12-06: in the deadline rush, 200 uploads of
//     1 MB at once, that collected the whole heap every ~5 uploads (28 ms of server CPU an upload
//     against 13 with V8's default; the rush's p95 per step 3.1–3.5 s against 2.0–2.3 s at 1.3×,
//     ADR 027 "The rush and the collector").
// Plain JavaScript: server/main.mjs runs with node alone.
import v8 from "node:v8";

export const DEFAULT_V8_FLAGS = "--liftoff-only --heap-growing-percent=30";

/** SERVER_V8_FLAGS (or the defaults) as a list; throws, naming it, on a word that is not a flag */
export function parseV8Flags(value = DEFAULT_V8_FLAGS) {
  const flags = value.split(/\s+/).filter(Boolean);
  const bad = flags.find((f) => !/^--[a-z][a-z0-9_-]*(=[\w.-]+)?$/i.test(f));
  if (bad) throw new Error(`SERVER_V8_FLAGS: "${bad}" is not a V8 flag (--name or --name=value)`);
  return flags;
}

/** sets the flags on this process's V8 (all checked first: a bad one sets none) and returns them */
export function applyV8Flags(env = process.env) {
  const flags = parseV8Flags(env.SERVER_V8_FLAGS);
  for (const f of flags) v8.setFlagsFromString(f);
  return flags;
}
