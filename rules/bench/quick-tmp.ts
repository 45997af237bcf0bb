import { MEASURES, evaluate } from "../index";
import { mulberry32, validFacts, invalidFacts } from "../testing/arbitrary-facts";
const rng = mulberry32(1);
const cases:any[] = [];
for (let i=0;i<4096;i++){ const m = MEASURES[i%MEASURES.length]; cases.push({measure:m.id, applicant:{orgType:"enterprise",registeredInCity:true,creditBlacklisted:false}, subject:"s"+(i%7), facts: rng()<0.9?validFacts(m.fields,rng):invalidFacts(m.fields,rng).facts, history:[{measure:m.id,subject:"s1",year:2025,awardedFen:1000000,status:"paid"}]}); }
let sink=0;
for (let r=0;r<3;r++){ const t0=process.hrtime.bigint(); let n=0; while(n<2_000_000){ for(const c of cases){ const d=evaluate(c); sink+=d.ceilingFen+d.reasons.length; } n+=cases.length;} const dt=Number(process.hrtime.bigint()-t0)/1e9; console.log((n/dt).toFixed(0),"evals/s"); }
console.log(sink>0);
