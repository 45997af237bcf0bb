// `npm run bench:lighthouse`: Lighthouse (mobile and desktop presets) on the public pages of the
// production build, served by e2e/serve.ts against a fresh seeded database.
// One line a page and preset: performance, accessibility, best-practices, SEO, LCP/TBT/CLS, JS
// transferred, Lighthouse's CPU benchmark index and the machine's load average: mobile performance
// multiplies the main thread's observed work by 4, so it falls when other processes take the CPU
// (accessibility does not).
// Last line: `lighthouse: min performance <P>, min accessibility <A> over <N> pages (goal >= 90)`;
// exit 1 when a score is below 90.
// Env: E2E_BUILD_DIR (default .next), E2E_PORT (default 3195), E2E_DB_NAME (default wh_bench_lh),
// CHROME_PATH (default /usr/bin/chromium). Flags: --runs N (median run by performance, default 1),
// --preset mobile|desktop (default both), --pages /a,/b (default the 8 public pages), --out DIR (write
// the JSON reports there).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Result } from "lighthouse";
import { stopProcess } from "../../lib/testing/server-process";
import { serveBuild } from "./serve-build";

const PUBLIC_PAGES = ["/", "/policy", "/measures", "/measures/c09-rnd-increment", "/calculator", "/sign-in", "/sign-up", "/notice"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const GOAL = 90;

const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const PAGES = flag("pages")?.split(",") ?? PUBLIC_PAGES;
const RUNS = Number(flag("runs") ?? 1);
const PRESETS = (flag("preset") ? [flag("preset")] : ["mobile", "desktop"]) as ("mobile" | "desktop")[];
const OUT = flag("out");
const PORT = process.env.E2E_PORT ?? "3195";
const BASE = `http://127.0.0.1:${PORT}`;

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
const score = (r: Result, c: string) => Math.round((r.categories[c]?.score ?? 0) * 100);
const num = (r: Result, id: string) => r.audits[id]?.numericValue ?? NaN;

function jsBytes(r: Result): number {
  const items = (r.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  return items.find((i) => i.resourceType === "script")?.transferSize ?? 0;
}

async function audit(url: string, port: number, preset: "mobile" | "desktop"): Promise<Result> {
  const runs: Result[] = [];
  for (let i = 0; i < RUNS; i++) {
    const res = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
      preset === "desktop" ? (desktopConfig as Config) : undefined);
    if (!res) throw new Error(`no Lighthouse result for ${url}`);
    if (res.lhr.runtimeError) throw new Error(`${url}: ${res.lhr.runtimeError.code} ${res.lhr.runtimeError.message}`);
    runs.push(res.lhr);
  }
  runs.sort((a, b) => score(a, "performance") - score(b, "performance"));
  return runs[Math.floor(runs.length / 2)];
}

const server = await serveBuild(PORT, "wh_bench_lh");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
let minPerf = 100;
let minA11y = 100;
try {
  for (const p of PAGES) await fetch(`${BASE}${p}`); // warm the server's caches once
  console.log(`lighthouse ${PRESETS.join("+")} on ${BASE}, ${RUNS} run(s) a page, load ${load()} (${os.cpus().length} cores)`);
  for (const preset of PRESETS) {
    for (const p of PAGES) {
      const r = await audit(`${BASE}${p}`, chrome.port, preset);
      if (OUT) {
        mkdirSync(OUT, { recursive: true });
        writeFileSync(path.join(OUT, `${preset}${p === "/" ? "_home" : p.replaceAll("/", "_")}.json`), JSON.stringify(r));
      }
      const [perf, a11y, bp, seo] = CATEGORIES.map((c) => score(r, c));
      minPerf = Math.min(minPerf, perf);
      minA11y = Math.min(minA11y, a11y);
      console.log(`${preset.padEnd(7)} ${p.padEnd(28)} perf ${String(perf).padStart(3)}  a11y ${String(a11y).padStart(3)}  bp ${String(bp).padStart(3)}  seo ${String(seo).padStart(3)}  `
        + `LCP ${(num(r, "largest-contentful-paint") / 1000).toFixed(2)} s  TBT ${Math.round(num(r, "total-blocking-time"))} ms  CLS ${num(r, "cumulative-layout-shift").toFixed(3)}  `
        + `JS ${(jsBytes(r) / 1024).toFixed(1)} KB  cpu ${Math.round(r.environment.benchmarkIndex)}  load ${load()}`);
    }
  }
} finally {
  chrome.kill();
  await stopProcess(server);
}
console.log(`lighthouse: min performance ${minPerf}, min accessibility ${minA11y} over ${PAGES.length} pages (goal >= ${GOAL})`);
process.exit(minPerf < GOAL || minA11y < GOAL ? 1 : 0);
