import "server-only";
// What-if rerun: the rules over every case of a round (submitted or later), once with the round's
// parameters as they are and once with a changed set, compared case by case. Nothing is written.
// Built for volume: the organisations of the round are split into parts, one per worker thread
// (one per core), and each thread reads its part's organisations, their award history and their
// cases through cursors, in the snapshot this request took, and evaluates as it reads
// (whatif-slice.ts); the parts' figures are added up here. Reading and evaluating a million cases
// took one core 12 s; the rules cannot run in PostgreSQL, so the work is shared between cores.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { DEFAULT_LPR } from "../../rules/core/params";
import type { DeepPartial, RuleParams } from "../../rules/core/types";
import { roundParams } from "../cases/rules-input";
import type { Prisma } from "../generated/prisma/client";
import { readSnapshot } from "../db/cursor";
import { addSlice, emptySlice, readSlice, type ChangedCase, type Part, type SliceInput, type SliceResult } from "./whatif-slice";
import type { WorkerInput } from "./whatif-worker";
import type { ParamChange } from "./whatif-schema";

type Q = Prisma.TransactionClient;

export { OPEN_STATUSES, type ChangedCase, type MeasureFigures, type Outcome } from "./whatif-slice";
const MAX_THREADS = 4;
const TIMEOUT_MS = 10 * 60_000;
const DEFAULT_KNOWN_THROUGH = "2026-11";

/** the round's parameters with the change laid over them (grade lists and the LPR month replaced) */
export function changedParams(current: DeepPartial<RuleParams>, change: ParamChange): DeepPartial<RuleParams> {
  const out: DeepPartial<RuleParams> = { ...current, eligibleGrades: { ...current.eligibleGrades } };
  for (const [id, grades] of Object.entries(change.eligibleGrades ?? {})) if (grades) out.eligibleGrades![id] = [...grades];
  if (change.blacklistCheck !== undefined) out.blacklistCheck = change.blacklistCheck;
  if (change.lpr) {
    const { month, bp } = change.lpr;
    const entries = (current.lpr?.entries?.length ? current.lpr.entries : DEFAULT_LPR).filter((e) => e?.from !== month);
    entries.push({ from: month, bp });
    entries.sort((a, b) => (a!.from! < b!.from! ? -1 : 1));
    const known = current.lpr?.knownThrough ?? DEFAULT_KNOWN_THROUGH;
    out.lpr = { entries: entries as RuleParams["lpr"]["entries"], knownThrough: month > known ? month : known };
  }
  return out;
}

export interface WhatIfResult extends SliceResult {
  roundId: string;
  deltaFen: number;
  /** every changed case, ordered by case number */
  changed: ChangedCase[];
  /** changed cases still open for review (submitted, proposed), by id: applying flags them for re-review */
  openAffectedIds: string[];
  elapsedMs: number;
  /** the threads it ran in: one part of the organisations each (1: read and evaluated in the request's own thread) */
  threads: number;
  paramsBefore: DeepPartial<RuleParams>;
  paramsAfter: DeepPartial<RuleParams>;
}

export interface WhatIfOptions {
  batchSize?: number;
  /** compare these two parameter sets instead of the round's own and the changed one (the benchmark's baseline) */
  params?: { before: DeepPartial<RuleParams>; after: DeepPartial<RuleParams> };
  /** worker threads to read and evaluate in, each a part of the organisations (default: one per core, at most 4; 1: in this thread) */
  threads?: number;
  /**
   * the workers' module: by default whatif-worker.ts beside this file (in the build, the bundler's
   * entry for it; from source, loaded through tsx). bench:whatif passes it bundled, as the build runs
   * it, so that its figure does not include tsx compiling each module in each worker (0.7–1.1 s).
   */
  workerModule?: URL;
}

/** the worker's input and answer (whatif-worker.ts) */
type WorkerAnswer = { ok: true; result: SliceResult } | { ok: false; message: string };

function startWorker(data: WorkerInput, module?: URL): Worker {
  // each part's garbage is short-lived rows: a young generation that holds more of them
  const options = { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 64 } };
  if (module) return new Worker(module, options);
  // run from source (tsx, vitest), the worker loads its TypeScript through tsx; in the build, the
  // bundler makes whatif-worker.ts an entry of its own and this URL points at it
  if (import.meta.url.endsWith(".ts")) {
    const entry = import.meta.url.replace(/whatif\.ts$/, "whatif-worker.ts");
    return new Worker(`import("tsx/esm/api").then((m) => m.register()).then(() => import(${JSON.stringify(entry)}))`, { ...options, eval: true });
  }
  return new Worker(new URL("./whatif-worker.ts", import.meta.url), options);
}

/** every part in a worker thread of its own, at once; the first failure stops the others */
async function inWorkers(inputs: WorkerInput[], module?: URL): Promise<SliceResult[]> {
  const workers: Worker[] = [];
  try {
    return await Promise.all(inputs.map((data) => new Promise<SliceResult>((resolve, reject) => {
      const w = startWorker(data, module);
      workers.push(w);
      w.once("message", (m: WorkerAnswer) => (m.ok ? resolve(m.result) : reject(new Error(`what-if part ${data.slice.part.index + 1} of ${data.slice.part.of}: ${m.message}`))));
      w.once("error", reject);
      w.once("exit", (code) => reject(new Error(`what-if worker stopped (exit code ${code})`))); // after a message this changes nothing
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function runWhatIf(q: Q, roundId: string, change: ParamChange, opts: WhatIfOptions = {}): Promise<WhatIfResult> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? 5000;
  const threads = Math.max(1, Math.min(MAX_THREADS, opts.threads ?? os.availableParallelism()));
  let before: DeepPartial<RuleParams>, after: DeepPartial<RuleParams>;
  if (opts.params) ({ before, after } = opts.params);
  else {
    before = await roundParams(q, roundId);
    after = changedParams(before, change);
  }
  const slice = (part: Part): SliceInput => ({ roundId, before, after, part, batchSize });
  // one snapshot for every part: the parts' connections take the one this request's read exported.
  // Where it cannot be shared (inside the transaction that applies a change; the embedded PGlite),
  // or with one thread, the whole round is read here.
  const parts = await readSnapshot(q, async (reader, shared): Promise<SliceResult[]> => {
    if (!shared || threads === 1) return [await readSlice(reader, slice({ index: 0, of: 1 }))];
    return inWorkers(Array.from({ length: threads }, (_, index) => ({ snapshot: shared, slice: slice({ index, of: threads }), timeoutMs: TIMEOUT_MS })), opts.workerModule);
  }, { share: threads > 1, timeoutMs: TIMEOUT_MS });
  const all = parts.reduce(addSlice, emptySlice());
  const res: WhatIfResult = {
    roundId, ...all, deltaFen: all.afterFen - all.beforeFen, elapsedMs: 0, threads: parts.length, paramsBefore: before, paramsAfter: after,
  };
  res.changed.sort((x, y) => ((x.caseNo ?? x.id) < (y.caseNo ?? y.id) ? -1 : 1));
  res.openAffectedIds.sort();
  res.elapsedMs = performance.now() - started;
  return res;
}
