// `npm run bench:js`: the JavaScript each page makes the browser download (gzip as sent, headers
// included, a cold cache per page), for the public pages and every signed-in area, on the production
// build served by e2e/serve.ts against a fresh seeded database. Lighthouse (bench:lighthouse) counts
// the same bytes, but only for pages it can open without signing in.
// One line a page: `<KB> KB  <n> scripts  <path>  (<who>)`; last line:
// `js: max <KB> KB on <path>; <n> of <N> pages over 200 KB (goal <= 200 KB on every page)`.
// Env: E2E_BUILD_DIR (default .next), E2E_PORT (default 3196), E2E_DB_NAME (default wh_bench_js),
// CHROMIUM_PATH (default /usr/bin/chromium).
import os from "node:os";
import { chromium, type Browser, type Page } from "@playwright/test";
import { DEMO, loginAs } from "../../e2e/fixtures";
import { stopProcess } from "../../lib/testing/server-process";
import { serveBuild } from "./serve-build";

const GOAL_KB = 200;
const PORT = process.env.E2E_PORT ?? "3196";
const BASE = `http://127.0.0.1:${PORT}`;

type Who = "visitor" | keyof typeof DEMO;
/** the pages, by who opens them; a function finds a page whose address depends on the data */
const PAGES: [Who, string | ((p: Page) => Promise<string>)][] = [
  ...["/", "/policy", "/measures", "/measures/c09-rnd-increment", "/calculator", "/notice", "/sign-in", "/sign-up", "/forgot-password"].map((p) => ["visitor", p] as [Who, string]),
  ...["/applicant", "/applicant/apply/c09-rnd-increment", "/applicant/profile", "/applicant/verification", "/notifications"].map((p) => ["enterprise", p] as [Who, string]),
  ["enterprise", newDraft],
  ["enterprise", async () => draftPath.replace(/\/edit$/, "")],
  ["enterprise", async () => draftPath.replace(/\/edit$/, "/review")],
  ["reviewerA", "/review"],
  ["reviewerA", async function firstQueueCase(p) { return firstLink(p, "/review", '[data-testid="case-link"]'); }],
  ["admin", async function firstRound(p) { return firstLink(p, "/admin/rounds", 'a[href^="/admin/rounds/"]:not([href$="/new"])'); }],
  ["finance", "/finance"],
  ["finance", "/finance/batches"],
  ...["/admin", "/admin/dashboard", "/admin/rounds", "/admin/rounds/new", "/admin/users", "/admin/whatif", "/admin/lpr", "/admin/calendar", "/admin/verifications", "/admin/offers", "/admin/bureaus"].map((p) => ["admin", p] as [Who, string]),
];

async function firstLink(page: Page, from: string, selector: string): Promise<string> {
  await page.goto(`${BASE}${from}`);
  const href = await page.locator(selector).first().getAttribute("href", { timeout: 10_000 });
  if (!href) throw new Error(`no ${selector} on ${from}`);
  return href;
}

let draftPath = "";
/** the application form of a new c09 draft (started as an applicant starts one) */
async function newDraft(page: Page): Promise<string> {
  await page.goto(`${BASE}/applicant/apply/c09-rnd-increment`);
  await page.getByTestId("start-application").click();
  await page.waitForURL(/\/applicant\/cases\/[^/]+\/edit$/);
  return (draftPath = new URL(page.url()).pathname);
}

/** the scripts one cold load of `url` downloads, in bytes as sent (body and headers) */
async function scriptBytes(browser: Browser, who: Who, target: string | ((p: Page) => Promise<string>)): Promise<{ path: string; bytes: number; count: number }> {
  // sign in (and find the address) in one context, measure in a fresh one with the same cookies:
  // nothing cached from the sign-in
  const setup = await browser.newContext({ baseURL: BASE, locale: "zh-CN" });
  const sp = await setup.newPage();
  if (who !== "visitor") await loginAs(sp, DEMO[who]);
  const p = typeof target === "string" ? target : await target(sp);
  const cookies = await setup.cookies();
  await setup.close();
  const ctx = await browser.newContext({ baseURL: BASE, locale: "zh-CN" });
  await ctx.addCookies(cookies);
  const page = await ctx.newPage();
  const sizes: Promise<number>[] = [];
  page.on("requestfinished", (req) => {
    if (req.resourceType() === "script") sizes.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const res = await page.goto(`${BASE}${p}`, { waitUntil: "networkidle" });
  if (!res || res.status() !== 200 || new URL(page.url()).pathname !== new URL(`${BASE}${p}`).pathname) {
    throw new Error(`${p} as ${who}: ${res?.status()} at ${page.url()}`);
  }
  const all = await Promise.all(sizes);
  await ctx.close();
  return { path: p, bytes: all.reduce((a, b) => a + b, 0), count: all.length };
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
const server = await serveBuild(PORT, "wh_bench_js");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
let max = { path: "", kb: 0 };
let over = 0;
try {
  console.log(`js weight on ${BASE} (cold cache a page), load ${load()}`);
  for (const [who, target] of PAGES) {
    const r = await scriptBytes(browser, who, target).catch((e: Error) => {
      // a page found from the data (the first case in the queue) when there is none: said, not counted
      if (typeof target === "function" && e.name === "TimeoutError") return null;
      throw e;
    });
    if (!r) {
      console.log(`     —              (${who}) skipped: nothing to open (${typeof target === "function" ? target.name : target})`);
      continue;
    }
    const kb = r.bytes / 1024;
    if (kb > max.kb) max = { path: r.path, kb };
    if (kb > GOAL_KB) over++;
    console.log(`${kb.toFixed(1).padStart(6)} KB  ${String(r.count).padStart(2)} scripts  ${r.path}  (${who})${kb > GOAL_KB ? "  OVER" : ""}`);
  }
} finally {
  await browser.close();
  await stopProcess(server);
}
console.log(`js: max ${max.kb.toFixed(1)} KB on ${max.path}; ${over} of ${PAGES.length} pages over ${GOAL_KB} KB (goal <= ${GOAL_KB} KB on every page)`);
