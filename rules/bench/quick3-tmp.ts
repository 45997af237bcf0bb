import { createEngine } from "../core/engine";
import { MEASURES } from "../index";
import { buildMix } from "./mix";
const eng = createEngine(MEASURES);
const cases = buildMix(MEASURES, 200);
const variant = process.argv[2] || "all";
const sel = cases.filter((c: any) => variant === "all" || (variant === "noparams" && !c.params) || (variant === "nohist" && !(c.history.length)) );
let sink = 0, best = 0;
for (let r = 0; r < 8; r++) {
  const c0 = process.cpuUsage(); let n = 0;
  while (n < 300_000) { for (const c of sel) { const d = eng.evaluate(c); sink += d.ceilingFen + d.reasons.length; } n += sel.length; }
  const cu = process.cpuUsage(c0); const rate = n / ((cu.user + cu.system) / 1e6);
  if (r >= 2) best = Math.max(best, rate);
}
console.log(variant, sel.length, "best", best.toFixed(0), "per cpu-s", sink > 0);
