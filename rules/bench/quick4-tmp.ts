import { createEngine } from "../core/engine";
import { MEASURES } from "../index";
import { buildMix } from "./mix";
const eng = createEngine(MEASURES);
const cases = buildMix(MEASURES, 200);
const mode = process.argv[2];
let keep: any[] = [];
if (mode === "junk") for (let i = 0; i < 400000; i++) keep.push({ a: i, b: "x" + i, c: [i] });
if (mode === "decisions") keep = cases.map((c) => eng.evaluate(c));
if (mode === "decisions-json") keep = cases.map((c) => JSON.parse(JSON.stringify(eng.evaluate(c))));
let sink = 0, best = 0;
for (let r = 0; r < 8; r++) {
  const c0 = process.cpuUsage(); let n = 0;
  while (n < 300_000) { for (const c of cases) { const d = eng.evaluate(c); sink += d.ceilingFen + d.reasons.length; } n += cases.length; }
  const cu = process.cpuUsage(c0); const rate = n / ((cu.user + cu.system) / 1e6);
  if (r >= 2) best = Math.max(best, rate);
}
console.log(mode, "best", best.toFixed(0), "per cpu-s", sink > 0, keep.length);
