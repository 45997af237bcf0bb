import { createEngine } from "../core/engine";
import { MEASURES } from "../index";
import { mulberry32, validFacts } from "../testing/arbitrary-facts";
const ONLY = process.argv[2];
const trivial = MEASURES.map((m) => ({ ...m, rule: (_f: any, _ctx: any) => ({ ceilingFen: 100, fixed: false }) }));
const rng = mulberry32(1);
const cases:any[] = [];
for (let i=0;i<4096;i++){ const m = MEASURES[i%MEASURES.length]; cases.push({measure:m.id, applicant:{orgType:"enterprise",registeredInCity:true,creditBlacklisted:false}, subject:"s"+(i%7), facts: validFacts(m.fields,rng), history:[{measure:m.id,subject:"s1",year:2025,awardedFen:1000000,status:"paid"}]}); }
const engines: [string, any][] = [["trivial", createEngine(trivial as any)], ["real", createEngine(MEASURES)], ["untraced", createEngine(MEASURES, {trace:false})]];
for (const [name, eng] of engines.filter(([n]) => !ONLY || n === ONLY)) {
  let sink = 0, best = 0;
  for (let r = 0; r < 12; r++) {
    const c0 = process.cpuUsage(); let n = 0;
    while (n < 300_000) { for (const c of cases) { const d = eng.evaluate(c); sink += d.ceilingFen + d.reasons.length; } n += cases.length; }
    const cu = process.cpuUsage(c0); const rate = n / ((cu.user + cu.system) / 1e6);
    if (r >= 2) best = Math.max(best, rate);
  }
  console.log(name, "best", best.toFixed(0), "per cpu-s", sink > 0);
}
