// `npm run bench:whatif [-- --cases 100000] [--keep] [--db <kept database>]`: a fresh PostgreSQL database, N bulk-seeded cases,
// then the what-if rerun over the round twice: the baseline (default parameters on both sides:
// the cost of reading and evaluating) and a real change (stricter grades for the 择优 measures,
// blacklist check off, a new LPR value), in a worker thread per core and again in one thread, the
// figure before the work was shared. The last line is `whatif: <N> cases in <S> s` (the threaded run).
import os from "node:os";
import path from "node:path";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build as esbuild } from "esbuild";
import { createPrisma } from "../../lib/db/create-client";
import { migrate } from "../../lib/db/migrate";
import { MIGRATIONS_DIR } from "../../lib/db/migration-files";
import { adminQuery, serverUrl, withDatabase } from "../../lib/testing/test-db";
import { seedReference } from "../../lib/seed/seed";
import { formatYuan } from "../../lib/money";
import { bulkSeed } from "../bulk-seed";
import { GRADED_MEASURES } from "../../lib/admin/round-schema";
import { runWhatIf, type WhatIfResult } from "../../lib/admin/whatif";
import { historyQuery } from "../../lib/admin/whatif-slice";
import { DRAINED } from "../../lib/db/snapshot-reader";
import type { ParamChange } from "../../lib/admin/whatif-schema";

const argAt = (name: string) => process.argv.indexOf(`--${name}`);
const cases = argAt("cases") >= 0 ? Number(process.argv[argAt("cases") + 1]) : 100_000;
const keep = argAt("keep") >= 0;
// --db <name>: a database kept from an earlier run (--keep, or bench:load with BENCH_KEEP_DB=1): no seeding,
// the rerun goes over its latest bulk-seeded round (seeding a million cases takes minutes here)
const reuse = argAt("db") >= 0 ? process.argv[argAt("db") + 1] : "";
const name = reuse || `wh_bench_whatif_${Date.now().toString(36)}`;

function show(label: string, r: WhatIfResult) {
  console.log(
    `${label}: ${r.cases.toLocaleString("en")} cases in ${(r.elapsedMs / 1000).toFixed(2)} s (${r.batches} batches, ` +
      `${Math.round(r.cases / (r.elapsedMs / 1000)).toLocaleString("en")} cases/s); eligible ${r.eligibleBefore} → ${r.eligibleAfter}; ` +
      `changed ${r.changedCases} (−${r.becameIneligible} / +${r.becameEligible} / ceiling ${r.ceilingChanged}); ` +
      `total ${formatYuan(r.beforeFen)} → ${formatYuan(r.afterFen)} (Δ ${formatYuan(r.deltaFen)}); open cases to re-review ${r.openAffectedIds.length}`,
  );
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
console.log(`machine: ${os.cpus().length} cpus, load ${load()}; database ${name}`);
if (!reuse) await adminQuery(`CREATE DATABASE "${name}"`);
const url = withDatabase(serverUrl(), name);
// the what-if reads its snapshot on a connection of its own, to the database the app is set to
process.env.DATABASE_URL = url;
const prisma = createPrisma(url, 4);
let workerDir = "";
try {
  let roundId: string;
  if (reuse) {
    const [r] = await prisma.$queryRaw<{ id: string; n: number }[]>`
      SELECT r.id, (SELECT count(*)::int FROM "Case" c WHERE c."roundId" = r.id) AS n FROM "Round" r WHERE r.id LIKE 'bulk-%' ORDER BY r."createdAt" DESC LIMIT 1`;
    if (!r) throw new Error(`no bulk-seeded round in ${name}`);
    roundId = r.id;
    console.log(`reusing round ${roundId} of ${name}: ${r.n.toLocaleString("en")} cases`);
  } else {
    await migrate(url, MIGRATIONS_DIR);
    await seedReference(prisma);
    const seeded = await bulkSeed(url, { cases, log: (l) => console.log(l) });
    console.log(`seeded ${seeded.cases.toLocaleString("en")} cases, ${seeded.organisations.toLocaleString("en")} organisations in ${seeded.seconds.toFixed(1)} s (${Math.round(seeded.casesPerSecond).toLocaleString("en")} cases/s)`);
    roundId = seeded.roundId;
  }

  // how PostgreSQL reads a part's award history, as the part's cursor has it planned
  const h = historyQuery({ index: 0, of: 2 });
  const plan = await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(DRAINED);
    return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN DECLARE whatif_history NO SCROLL CURSOR FOR ${h.text}`, ...h.values);
  });
  console.log(`plan of a part's award history:\n${plan.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}`);

  // the workers as the build runs them: one bundled module each, not tsx compiling every module of
  // the rules in every worker (a bench run from source would count that: 0.7–1.1 s of each rerun)
  workerDir = mkdtempSync(path.join(os.tmpdir(), "whatif-worker-"));
  const workerFile = path.join(workerDir, "whatif-worker.mjs");
  await esbuild({
    entryPoints: [fileURLToPath(new URL("../../lib/admin/whatif-worker.ts", import.meta.url))], bundle: true, platform: "node", format: "esm",
    outfile: workerFile, conditions: ["react-server"], logLevel: "warning",
    banner: { js: `import { createRequire } from "node:module"; const require = createRequire(import.meta.url);` },
  });
  const workerModule = pathToFileURL(workerFile);
  console.log(`workers: lib/admin/whatif-worker.ts bundled by esbuild (${(statSync(workerFile).size / 1024).toFixed(0)} KB)`);

  const engine = (await import("../../rules")).engine;
  const defaults = engine.defaults;
  const baseline = await runWhatIf(prisma, roundId, {}, { params: { before: defaults, after: defaults }, workerModule });
  show("baseline (default params)", baseline);

  const change: ParamChange = {
    eligibleGrades: Object.fromEntries(GRADED_MEASURES.map((m) => [m.id, ["excellent"]])),
    blacklistCheck: false,
    lpr: { month: "2025-10", bp: 290 },
  };
  const r = await runWhatIf(prisma, roundId, change, { workerModule });
  show(`changed params (${r.threads} threads)`, r);
  // the same rerun in one thread, as before the work was shared between cores: the figure beside it
  const one = await runWhatIf(prisma, roundId, change, { threads: 1 });
  show("changed params (1 thread)", one);
  if (one.changedCases !== r.changedCases || one.afterFen !== r.afterFen || one.openAffectedIds.join() !== r.openAffectedIds.join()) throw new Error("the threaded rerun and the one-thread rerun differ");
  const top = Object.entries(r.byMeasure).filter(([, m]) => m.changed > 0).sort((a, b) => b[1].changed - a[1].changed).slice(0, 8);
  for (const [id, m] of top) console.log(`  ${id.padEnd(36)} ${String(m.changed).padStart(6)} changed of ${m.cases}; ${formatYuan(m.beforeFen)} → ${formatYuan(m.afterFen)}`);
  console.log(`machine load after: ${load()}`);
  console.log(`before (1 thread): ${one.cases} cases in ${(one.elapsedMs / 1000).toFixed(2)} s; after (${r.threads} threads): ${(r.elapsedMs / 1000).toFixed(2)} s`);
  console.log(`whatif: ${r.cases} cases in ${(r.elapsedMs / 1000).toFixed(2)} s`);
} finally {
  if (workerDir) rmSync(workerDir, { recursive: true, force: true });
  await prisma.$disconnect();
  if (!keep && !reuse) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  else console.error(`kept database ${name}`);
}
