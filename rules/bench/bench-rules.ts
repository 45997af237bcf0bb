// npm run bench:rules — throughput of traced evaluations over a realistic mix of all measures,
// and the latency of deciding all measures for one enterprise-year. Single process.
// Baselines in the same run: the same mix untraced, and traced with zod's factsSchema as the
// validator instead of the fast one. The last line is the summary the acceptance checks read.
import { loadavg } from "node:os";
import { createEngine, type Engine } from "../core/engine";
import { badFieldsZod, factsSchema } from "../core/fields-zod";
import type { Decision, EvalInput } from "../core/types";
import { MEASURES } from "../index";
import { buildEnterpriseYears, buildMix } from "./mix";

// 50 distinct cases per measure (2,100 in all): each is touched once per pass, as a case parsed
// from a request or a database row is; the pool is not so large that every read misses the cache.
const PER_MEASURE = 50;
const ROUNDS = 9;
const EVALS_PER_ROUND = 400_000;
const LATENCY_YEARS = 1_000;
const LATENCY_RUNS = 30_000;

const now = (): bigint => process.hrtime.bigint();
let sink = 0; // every decision feeds it, so no evaluation can be optimised away
const consume = (d: Decision): void => {
  sink += d.ceilingFen + d.reasons.length + d.trace.length;
};

function round(engine: Engine, cases: EvalInput[]): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = now();
  let n = 0;
  while (n < EVALS_PER_ROUND) {
    for (let i = 0; i < cases.length; i++) consume(engine.evaluate(cases[i]));
    n += cases.length;
  }
  const wall = Number(now() - t0) / 1e9;
  const cu = process.cpuUsage(c0);
  return { wall: n / wall, cpu: n / ((cu.user + cu.system) / 1e6) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

function throughput(engines: Record<string, Engine>, cases: EvalInput[]): Record<string, { wall: number[]; cpu: number[] }> {
  const out: Record<string, { wall: number[]; cpu: number[] }> = {};
  for (const name of Object.keys(engines)) {
    out[name] = { wall: [], cpu: [] };
    round(engines[name], cases); // warm-up: JIT and caches
  }
  // interleaved, so a noisy neighbour hurts every variant alike
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of Object.keys(engines)) {
      const x = round(engines[name], cases);
      out[name].wall.push(x.wall);
      out[name].cpu.push(x.cpu);
    }
  }
  return out;
}

function latency(engine: Engine, years: EvalInput[][]): number[] {
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_RUNS / 10; i++) for (const c of years[i % years.length]) consume(engine.evaluate(c)); // warm-up
  for (let i = 0; i < LATENCY_RUNS; i++) {
    const year = years[i % years.length];
    const t0 = now();
    for (let j = 0; j < year.length; j++) consume(engine.evaluate(year[j]));
    samples.push(Number(now() - t0) / 1000);
  }
  return samples.sort((a, b) => a - b);
}

const q = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

function main(): void {
  const traced = createEngine(MEASURES);
  const engines: Record<string, Engine> = {
    traced,
    untraced: createEngine(MEASURES, { trace: false }),
    "traced, zod factsSchema": createEngine(MEASURES, { validator: (m) => { const s = factsSchema(m.fields); return (facts) => badFieldsZod(s, facts); } }),
  };
  const cases = buildMix(MEASURES, PER_MEASURE);
  // What the mix looks like. Decisions are not kept: holding thousands of them right after
  // start-up makes V8 pretenure the decision objects (allocate them straight into the old
  // generation), which slowed every later evaluation 3-6x in this benchmark.
  let eligible = 0, invalid = 0, reasons = 0, steps = 0;
  for (const c of cases) {
    const d = traced.evaluate(c);
    if (d.eligible) eligible++;
    if (d.reasons.some((r) => r.code === "invalid_fact")) invalid++;
    reasons += d.reasons.length;
    steps += d.trace.length;
  }

  console.log(`rules benchmark: ${MEASURES.length} measures, node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  console.log(`mix: ${fmt(cases.length)} cases; ${(100 * eligible / cases.length).toFixed(1)}% eligible, ${(100 * invalid / cases.length).toFixed(1)}% with invalid facts; ` +
    `${(reasons / cases.length).toFixed(1)} reasons and ${(steps / cases.length).toFixed(1)} trace steps per case`);

  const t = throughput(engines, cases);
  for (const [name, r] of Object.entries(t)) {
    console.log(`throughput ${name.padEnd(24)} ${fmt(median(r.wall)).padStart(10)} evals/s (median of ${ROUNDS}; best ${fmt(Math.max(...r.wall))}; per CPU-second ${fmt(median(r.cpu))})`);
  }

  const years = buildEnterpriseYears(MEASURES, LATENCY_YEARS);
  const lat = latency(traced, years);
  console.log(`all ${MEASURES.length} measures for one enterprise-year, traced (${fmt(LATENCY_RUNS)} runs): ` +
    `p50 ${q(lat, 0.5).toFixed(1)} us, p90 ${q(lat, 0.9).toFixed(1)} us, p99 ${q(lat, 0.99).toFixed(1)} us, p99.9 ${q(lat, 0.999).toFixed(1)} us, max ${lat[lat.length - 1].toFixed(1)} us`);
  if (sink === 0) console.log("(sink empty)");
  console.log(`rules: ${Math.round(median(t.traced.wall))} evals/s traced; p99 all-measures ${q(lat, 0.99).toFixed(1)} us`);
}

main();
