import { createEngine } from "../core/engine";
import { MEASURES } from "../index";
import { buildMix } from "./mix";
const trivial = MEASURES.map((m) => ({ ...m, rule: (_f: any, _ctx: any) => ({ ceilingFen: 100, fixed: false }) }));
const which = process.argv[2];
const eng = which === "trivial" ? createEngine(trivial as any) : createEngine(MEASURES, { trace: which !== "untraced" });
const cases = buildMix(MEASURES, +(process.argv[3] ?? 48));
let sink = 0; const rates: number[] = [];
for (let r = 0; r < 12; r++) {
  const c0 = process.cpuUsage(); let n = 0;
  while (n < 400_000) { for (const c of cases) { const d = eng.evaluate(c); sink += d.ceilingFen + d.reasons.length; } n += cases.length; }
  const cu = process.cpuUsage(c0); rates.push(n / ((cu.user + cu.system) / 1e6));
}
rates.sort((a,b)=>a-b);
console.log(which, "median", rates[6].toFixed(0), "best", rates[11].toFixed(0), sink > 0);
