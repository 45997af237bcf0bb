// `npm run bench:load`: the production build on 127.0.0.1 under a bounded load.
// (a) submit throughput through the real submit endpoint vs a raw `pg` transaction writing the same
//     rows, in the same run, as a ratio (goal >= 0.6);
// (b) the reviewer queue page p95 at N cases seeded with the bulk seeder (goal < 200 ms), with
//     EXPLAIN of the queue query;
// (c) xlsx export of ~100,000 rows through the export route: time and the server's peak memory;
// (d) a deadline rush: --rush (200) applicants at once each save their draft (as the build's form
//     sends it), upload a 1 MB PDF and submit; failures and p95 per step.
// Last line: `load: submit <R>x raw-pg; queue p95 <T> ms at <N> cases; export <S> s <M> MB`.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import bcrypt from "bcryptjs";
import pg from "pg";
import { bulkSeed } from "../bulk-seed";
import { auditBody } from "../../lib/audit/chain";
import { createPrisma } from "../../lib/db/create-client";
import { migrate } from "../../lib/db/migrate";
import { MIGRATIONS_DIR } from "../../lib/db/migration-files";
import { stopProcess, waitForServer } from "../../lib/testing/server-process";
import { adminQuery, serverUrl, withDatabase } from "../../lib/testing/test-db";
import { seedDemo } from "../../lib/seed/seed";
import { DEMO_TOTP_SECRET } from "../../lib/seed/demo-accounts";
import { codeAt, stepAt } from "../../lib/auth/totp";
import { engine } from "@/rules";

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const CASES = arg("cases", 1_000_000);
const SUBMITS = arg("submits", 1500);
const CONC = arg("concurrency", 16);
const QUEUE_REQS = arg("queue-requests", 200);
const RUSH = arg("rush", 200);
const PORT = arg("port", 3197);
// --workers n: the portal as server/main.mjs runs it with n servers on the port (one per core)
const WORKERS = arg("workers", 1);
const BASE = `http://127.0.0.1:${PORT}`;
const C09 = { fiscalYear: 2025, aboveDesignatedSize: true, hasRndActivity: true, qualifications: ["tech_sme"], rndPrevYearFen: 1_000_000_000, rndThisYearFen: 1_150_000_000, eventDate: "2025-12-31" };
const log = (s: string) => console.log(s);

async function pooled<T>(items: T[], conc: number, fn: (t: T) => Promise<void>) {
  let i = 0;
  await Promise.all(Array.from({ length: conc }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

// a private copy of the build, so a rebuild meanwhile cannot pull it away
const DIST = `.next-bench-${PORT}`;
// uploads of the rush go to a scratch directory, not the worktree's .data
const DATA_DIR = mkdtempSync(`${os.tmpdir()}/wh-bench-data-`);
rmSync(DIST, { recursive: true, force: true });
cpSync(".next", DIST, { recursive: true, filter: (src) => !src.startsWith(".next/cache") });

async function start(url: string): Promise<ChildProcess> {
  if (await fetch(`${BASE}/sign-in`).then(() => true, () => false)) throw new Error(`port ${PORT} is taken: stop the server there first`);
  // BENCH_NODE_FLAGS e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server
  const flags = process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
  // the web server alone, as a deployment whose scheduled jobs run in a process of their own
  // (JOBS_ENABLED=0): the bench database has no job queue, and the server used to log, at each start,
  // that its worker could not start
  const child = spawn(process.execPath, [...flags, "server/main.mjs", "-H", "127.0.0.1", "-p", String(PORT), "--workers", String(WORKERS)], {
    env: { ...process.env, NEXT_DIST_DIR: DIST, DATABASE_URL: url, NODE_ENV: "production", NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123", DB_POOL_MAX: "16", NEXT_TELEMETRY_DISABLED: "1", DATA_DIR, JOBS_ENABLED: "0" },
    stdio: process.env.BENCH_SERVER_LOG ? "inherit" : "ignore",
  });
  await waitForServer(BASE, child); // up to 60 s on a loaded machine
  return child;
}

/** a TOTP code of the demo secret at a time step this run has not used for the account (the server accepts each once) */
const usedStep = new Map<string, number>();
async function freshCode(email: string): Promise<string> {
  const now = stepAt(Date.now());
  const step = Math.max(now, (usedStep.get(email) ?? -1) + 1);
  if (step > now + 1) await new Promise((r) => setTimeout(r, (step - 1) * 30_000 - Date.now() + 200));
  usedStep.set(email, step);
  return codeAt(DEMO_TOTP_SECRET, step);
}

async function login(email: string, password: string, code?: string): Promise<string> {
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const jar = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, identifier: email, password, json: "true", ...(code ? { code } : {}) }),
  });
  const all = [...jar, ...(res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0])];
  const session = all.find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`login failed for ${email}: ${res.status} ${(await res.text()).slice(0, 200)} ${JSON.stringify(res.headers.getSetCookie?.())}`);
  return session;
}

/** drafts of c09 for `orgs` organisations with one applicant each; returns [caseId, orgIndex] */
async function makeDrafts(db: pg.Client, prefix: string, orgs: number, n: number, hash: string) {
  const out: { id: string; email: string }[] = [];
  for (let a = 0; a < orgs; a++) {
    const code = `91371000${prefix}${String(a).padStart(4, "0")}`.slice(0, 17);
    const cc = code + engineCheck(code);
    await db.query(`INSERT INTO "Organisation"(id, "creditCode", name, "orgType", "registeredInCity", "contactName", "contactPhone", "bankAccountName", "bankName", "bankAccountNo", "updatedAt", "verifiedAt") VALUES ($1,$2,$3,'enterprise',true,'压测','13800000000',$3,'威海市商业银行','8170000012345678',now(),now())`, [`${prefix}-org-${a}`, cc, `压测企业${prefix}${a}`]);
    await db.query(`INSERT INTO "User"(id, email, name, "passwordHash", role, "organisationId") VALUES ($1,$2,'压测',$3,'applicant',$4)`, [`${prefix}-u-${a}`, `${prefix.toLowerCase()}-${a}@bench.test`, hash, `${prefix}-org-${a}`]);
  }
  const round = (await db.query(`SELECT id FROM "Round" WHERE status='open' ORDER BY "opensAt" DESC LIMIT 1`)).rows[0].id;
  for (let i = 0; i < n; i++) {
    const a = i % orgs;
    const id = `${prefix}-case-${i}`;
    await db.query(`INSERT INTO "Case"(id,"organisationId","measureId","roundId","leadBureauId",subject,facts,"createdById","updatedAt") VALUES ($1,$2,'c09-rnd-increment',$3,'sci-tech',$4,$5,$6,now())`,
      [id, `${prefix}-org-${a}`, round, `研发投入-${prefix}-${i}`, JSON.stringify({ ...C09, fiscalYear: 2023 + (Math.floor(i / orgs) % 5), eventDate: `${2023 + (Math.floor(i / orgs) % 5)}-12-31` }), `${prefix}-u-${a}`]);
    out.push({ id, email: `${prefix.toLowerCase()}-${a}@bench.test` });
  }
  return { drafts: out, round };
}

const ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function engineCheck(first17: string) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += ALPHA.indexOf(first17[i]) * W[i];
  const c = 31 - (s % 31);
  return ALPHA[c === 31 ? 0 : c];
}

/**
 * The same rows a submit writes (case update, case-number counter, revision, decision, the
 * applicant's and the bureau reviewers' notifications, audit event on the chain), in plain pg:
 * one connection, the fewest statements, no framework, the same audit_append function.
 */
async function rawSubmit(pool: pg.Pool, id: string, orgId: string) {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    const row = (await c.query(`SELECT * FROM "Case" WHERE id=$1 FOR UPDATE`, [id])).rows[0];
    const d = engine.evaluate({ measure: row.measureId, applicant: { orgType: "enterprise", registeredInCity: true, creditBlacklisted: false }, subject: row.subject, facts: row.facts, history: [] });
    const no = (await c.query(`INSERT INTO "CaseCounter"(key, value) VALUES ('RAW-C09', 1) ON CONFLICT (key) DO UPDATE SET value = "CaseCounter".value + 1 RETURNING value`)).rows[0].value;
    const caseNo = `WH-RAW-C09-${String(no).padStart(6, "0")}`;
    await c.query(`UPDATE "Case" SET status='submitted', version=version+1, "caseNo"=$2, revision=1, "submittedAt"=now(), "ceilingFen"=$3, "capYear"=2025, "submitKey"=$4 WHERE id=$1 AND version=0`, [id, caseNo, d.ceilingFen, `raw-${id}`]);
    await c.query(`INSERT INTO "CaseRevision"(id,"caseId",revision,subject,facts) VALUES ($1,$2,1,$3,$4)`, [randomBytes(12).toString("hex"), id, row.subject, row.facts]);
    await c.query(`INSERT INTO "RuleDecision"(id,"caseId",purpose,eligible,"ceilingFen",fixed,reasons,trace,"rulesetVersion","paramsHash") VALUES ($1,$2,'submit',$3,$4,$5,$6,$7,$8,$9)`,
      [randomBytes(12).toString("hex"), id, d.eligible, d.ceilingFen, d.fixed, JSON.stringify(d.reasons), JSON.stringify(d.trace), d.rulesetVersion, d.paramsHash]);
    await c.query(`INSERT INTO "Notification"(id,"userId","caseId","titleZh","titleEn")
      SELECT md5(random()::text || u.id), u.id, $2, '已提交', 'Submitted' FROM "User" u
      WHERE u.active AND (u."organisationId" = $1 OR (u.role = 'reviewer' AND u."bureauId" = 'sci-tech'))`, [orgId, id]);
    // the chain append as the app does it: one call of the audit_append SQL function
    const data = { revision: 1, eligible: d.eligible, ceilingFen: d.ceilingFen, commitment: true, version: 1 };
    const createdAt = new Date();
    const body = auditBody({ caseId: id, actorId: null, action: "submit", fromStatus: "draft", toStatus: "submitted", data, createdAt });
    await c.query(`SELECT audit_append($1, NULL, 'submit', 'draft', 'submitted', $2::jsonb, $3, $4)`, [id, JSON.stringify(data), createdAt.toISOString(), body]);
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}

/** every process now: its pid, command name, parent and user + system CPU time so far in ms (from /proc/<pid>/stat) */
function processes(): { pid: number; comm: string; ppid: number; cpuMs: number }[] {
  const out: { pid: number; comm: string; ppid: number; cpuMs: number }[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    let st: string;
    try {
      st = readFileSync(`/proc/${d}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "<pid> (<comm>) <state> <ppid> …": the name may hold spaces and parentheses, so cut at the last ") "
    const close = st.lastIndexOf(") ");
    const f = st.slice(close + 2).split(" ");
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second)
    out.push({ pid: Number(d), comm: st.slice(st.indexOf("(") + 1, close), ppid: Number(f[1]), cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / 100 });
  }
  return out;
}

/** the process and its children (the servers of --workers) */
function tree(pid: number): number[] {
  return [pid, ...processes().filter((p) => p.ppid === pid).map((p) => p.pid)];
}

/** user + system CPU time so far of a process and its children, in ms */
function cpuMs(pid: number): number {
  return processes().filter((p) => p.pid === pid || p.ppid === pid).reduce((ms, p) => ms + p.cpuMs, 0);
}

/** the machine's CPU time so far, busy and all, in ms (from /proc/stat) */
function machineCpu(): { busy: number; all: number } {
  const f = readFileSync("/proc/stat", "utf8").split("\n")[0].split(/\s+/).slice(1).map(Number);
  const all = f.reduce((a, b) => a + b, 0);
  return { busy: ((all - f[3] - f[4]) * 1000) / 100, all: (all * 1000) / 100 };
}
/** CPU time so far of every postgres process (the server's backends for both sides of (a)), in ms */
function postgresCpuMs(): number {
  return processes().filter((p) => p.comm === "postgres").reduce((ms, p) => ms + p.cpuMs, 0);
}
/** this bench process's own CPU so far (the client side), in ms */
const selfCpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const busyPct = (a: { busy: number; all: number }, b: { busy: number; all: number }) => `${((100 * (b.busy - a.busy)) / (b.all - a.all)).toFixed(0)} %`;

/** (a) submits: endpoint vs raw pg, same rows, same concurrency; returns the ratio */
async function submitPhase(url: string, db: pg.Client): Promise<number> {
  const hash = await bcrypt.hash("Bench-Load-2026", 10);
  // a tag of two credit-code characters per run, so a kept database (--db) takes another run
  const tag = Array.from({ length: 2 }, () => ALPHA[Math.floor(Math.random() * ALPHA.length)]).join("");
  // one c09 claim per organisation and fiscal year (rule 8): enough organisations for five years' drafts each
  const orgs = Math.max(40, Math.ceil(SUBMITS / 5));
  const viaApi = await makeDrafts(db, `P${tag}`, orgs, SUBMITS, hash);
  const viaRaw = await makeDrafts(db, `R${tag}`, orgs, SUBMITS, hash);
  const server = await start(url);
  const cookies = new Map<string, string>();
  for (const d of viaApi.drafts) if (!cookies.has(d.email)) cookies.set(d.email, await login(d.email, "Bench-Load-2026"));
  // warm up the route
  await fetch(`${BASE}/api/cases/none/submit`, { method: "POST", headers: { cookie: cookies.values().next().value! }, body: "{}" });
  let failures = 0;
  const cpu0 = cpuMs(server.pid!);
  const m0 = machineCpu();
  const pg0 = postgresCpuMs();
  const me0 = selfCpuMs();
  let t0 = performance.now();
  await pooled(viaApi.drafts, CONC, async (d) => {
    const r = await fetch(`${BASE}/api/cases/${d.id}/submit`, { method: "POST", headers: { cookie: cookies.get(d.email)!, "content-type": "application/json" }, body: JSON.stringify({ version: 0, submitKey: `bench-${d.id}`, commitment: true, acceptMissingDocuments: true }) });
    if (!r.ok && failures++ === 0) log(`first failed submit: ${r.status} ${(await r.clone().text()).slice(0, 300)}`);
    await r.arrayBuffer();
  });
  const apiRate = SUBMITS / ((performance.now() - t0) / 1000);
  log(`(a) server CPU per submit: ${((cpuMs(server.pid!) - cpu0) / SUBMITS).toFixed(1)} ms; machine busy ${busyPct(m0, machineCpu())} (both cores, all processes); per submit PostgreSQL ${((postgresCpuMs() - pg0) / SUBMITS).toFixed(1)} ms, this client ${((selfCpuMs() - me0) / SUBMITS).toFixed(1)} ms`);
  const pool = new pg.Pool({ connectionString: url, max: CONC });
  const m1 = machineCpu();
  const pg1 = postgresCpuMs();
  const me1 = selfCpuMs();
  t0 = performance.now();
  await pooled(viaRaw.drafts, CONC, async (d) => rawSubmit(pool, d.id, d.id.replace(/-case-\d+$/, "") + "-org-" + (Number(d.id.split("-").pop()) % 40)));
  const rawRate = SUBMITS / ((performance.now() - t0) / 1000);
  log(`(a) raw pg: machine busy ${busyPct(m1, machineCpu())}; per submit PostgreSQL ${((postgresCpuMs() - pg1) / SUBMITS).toFixed(1)} ms, this client ${((selfCpuMs() - me1) / SUBMITS).toFixed(1)} ms`);
  await pool.end();
  const ratio = apiRate / rawRate;
  log(`(a) submit: endpoint (${WORKERS} server process${WORKERS > 1 ? "es" : ""}) ${apiRate.toFixed(0)}/s (${failures} failed) vs raw pg ${rawRate.toFixed(0)}/s at concurrency ${CONC}, ${SUBMITS} each: ratio ${ratio.toFixed(2)} (goal >= 0.6)`);
  await stopProcess(server);
  return ratio;

}

/** the build's id of a server action (as the browser calls it), from the server reference manifest; null when it has none */
function actionId(exportedName: string, fileHint: string): string | null {
  const m = JSON.parse(readFileSync(`${DIST}/server/server-reference-manifest.json`, "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  return Object.entries(m.node).find(([, v]) => v.exportedName === exportedName && v.filename.includes(fileHint))?.[0] ?? null;
}

/**
 * The form's save as the build's browser code sends it: PUT /api/cases/<id>/draft (JSON) since
 * 2026-12-05; before, the server action saveDraftAction (kept so a build of an older commit can be
 * measured with this script, as the baseline).
 */
function saveRequest(caseId: string, cookie: string, input: { version: number; subject: string; facts: unknown }): [string, SendInit] {
  const action = actionId("saveDraftAction", "edit/actions");
  if (action) {
    return [`${BASE}/applicant/cases/${caseId}/edit`, {
      method: "POST",
      headers: { cookie, "Next-Action": action, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: BASE },
      body: JSON.stringify([{ caseId, ...input }]),
    }];
  }
  return [`${BASE}/api/cases/${caseId}/draft`, { method: "PUT", headers: { cookie, "content-type": "application/json", Origin: BASE }, body: JSON.stringify(input) }];
}

// The rush's 200 browsers send through node:http on keep-alive connections, not fetch: undici's
// fetch copies a request body it is given (1 MB per upload) and stacks web streams on both sides,
// CPU that the applicants' own machines would spend, not this one's. The bytes on the wire are the
// same, and the requests say they accept compressed answers, as a browser's do.
const rushAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
type SendInit = { method?: string; headers?: Record<string, string>; body?: string | Buffer };
type Sent = { status: number; ok: boolean; text: string };
function send(url: string, init: SendInit = {}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const body = typeof init.body === "string" ? Buffer.from(init.body) : init.body;
    const headers = { "accept-encoding": "gzip, deflate, br", ...init.headers, ...(body ? { "content-length": String(body.length) } : {}) };
    const req = http.request(url, { method: init.method ?? "GET", agent: rushAgent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const enc = res.headers["content-encoding"];
        const b = enc === "gzip" ? gunzipSync(raw) : enc === "br" ? brotliDecompressSync(raw) : enc === "deflate" ? inflateSync(raw) : raw;
        const status = res.statusCode ?? 0;
        resolve({ status, ok: status >= 200 && status < 300, text: b.toString("utf8") });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** (d) the deadline rush: RUSH applicants at once, each save (as the form does), upload 1 MB PDF, submit */
async function rushPhase(url: string, db: pg.Client): Promise<void> {
  const hash = await bcrypt.hash("Bench-Load-2026", 10);
  const tag = Array.from({ length: 2 }, () => ALPHA[Math.floor(Math.random() * ALPHA.length)]).join("");
  const { drafts } = await makeDrafts(db, `D${tag}`, RUSH, RUSH, hash);
  const server = await start(url);
  try {
    log(`(d) the save is ${actionId("saveDraftAction", "edit/actions") ? "the server action saveDraftAction" : "PUT /api/cases/<id>/draft"} (as this build's form sends it)`);
    const cookies: string[] = [];
    await pooled(drafts.map((d, i) => ({ d, i })), 4, async ({ d, i }) => {
      cookies[i] = await login(d.email, "Bench-Load-2026");
    });
    // a 1 MB PDF (the type is sniffed from its first bytes)
    const pdf = Buffer.alloc(1024 * 1024, 0x20);
    pdf.write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", 0, "latin1");
    pdf.write("\n%%EOF\n", pdf.length - 8, "latin1");
    // the form as the browser sends it, encoded once here (by undici, as fetch would encode the
    // FormData): a browser encodes its upload on its own machine, so the bench's 200 "browsers" do
    // not spend this machine's cores, which the server and PostgreSQL share, on encoding 200 MB
    const form = new FormData();
    form.set("slot", "rnd_statistics");
    form.set("file", new Blob([pdf], { type: "application/pdf" }), "研发投入统计报表.pdf");
    const encoded = new Response(form);
    const upload = { type: encoded.headers.get("content-type")!, body: Buffer.from(await encoded.arrayBuffer()) };
    const steps = { save: [] as number[], upload: [] as number[], submit: [] as number[] };
    const failed = { save: 0, upload: 0, submit: 0 };
    let firstError = "";
    const timed = async (step: keyof typeof steps, f: () => Promise<boolean>) => {
      const t = performance.now();
      let ok = false;
      try {
        ok = await f();
      } catch (e) {
        firstError ||= `${step}: ${String(e).slice(0, 200)}`;
      }
      steps[step].push(performance.now() - t);
      if (!ok) failed[step]++;
      return ok;
    };
    // each applicant's browser has the form open, so it holds a connection to the server already:
    // one request per applicant at once opens as many keep-alive connections, which the rush reuses
    await Promise.all(drafts.map(() => send(`${BASE}/api/health`)));
    const held = Object.values(rushAgent.freeSockets).reduce((n, l) => n + (l?.length ?? 0), 0);
    const cpu0 = cpuMs(server.pid!);
    const pg0 = postgresCpuMs();
    const me0 = selfCpuMs();
    const m0 = machineCpu();
    log(`(d) rush: ${RUSH} applicants at once (each on a connection it already holds, as a browser with the form open: ${held} open); WRITE_CONCURRENCY ${process.env.WRITE_CONCURRENCY || "8 (the default)"}; load ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    const t0 = performance.now();
    await Promise.all(drafts.map(async (d, i) => {
      const cookie = cookies[i];
      let version = 0;
      const saved = await timed("save", async () => {
        const r = await send(...saveRequest(d.id, cookie, { version: 0, subject: `研发投入（截止日提交）${i}`, facts: { ...C09, fiscalYear: 2023, eventDate: "2023-12-31" } }));
        const v = /"ok":true,"data":\{"version":(\d+)/.exec(r.text);
        if (!v) firstError ||= `save: ${r.status} ${r.text.slice(0, 200)}`;
        version = v ? Number(v[1]) : 0;
        return !!v;
      });
      if (!saved) return;
      const uploaded = await timed("upload", async () => {
        const r = await send(`${BASE}/api/cases/${d.id}/attachments`, { method: "POST", headers: { cookie, Origin: BASE, "content-type": upload.type }, body: upload.body });
        if (!r.ok) firstError ||= `upload: ${r.status} ${r.text.slice(0, 200)}`;
        return r.ok;
      });
      if (!uploaded) return;
      await timed("submit", async () => {
        const r = await send(`${BASE}/api/cases/${d.id}/submit`, {
          method: "POST", headers: { cookie, "content-type": "application/json", Origin: BASE },
          body: JSON.stringify({ version, submitKey: `rush-${d.id}`, commitment: true, acceptMissingDocuments: true }),
        });
        if (!r.ok) firstError ||= `submit: ${r.status} ${r.text.slice(0, 200)}`;
        return r.ok;
      });
    }));
    const secs = (performance.now() - t0) / 1000;
    // where the machine's cores went meanwhile: the server, PostgreSQL, and this process (the 200
    // browsers, which in life run on the applicants' own machines)
    const me = selfCpuMs() - me0;
    const pgMs = postgresCpuMs() - pg0;
    const busy = busyPct(m0, machineCpu());
    const submitted = Number((await db.query(`SELECT count(*) FROM "Case" WHERE id LIKE $1 AND status = 'submitted'`, [`D${tag}-case-%`])).rows[0].count);
    const fails = failed.save + failed.upload + failed.submit;
    const p = (xs: number[]) => (xs.length ? `${pct(xs, 95).toFixed(0)} ms` : "-");
    if (firstError) log(`(d) first failure: ${firstError}`);
    log(`(d) server CPU per applicant (save + upload + submit): ${((cpuMs(server.pid!) - cpu0) / RUSH).toFixed(1)} ms; PostgreSQL ${(pgMs / RUSH).toFixed(1)} ms; `
      + `the bench's own client ${(me / RUSH).toFixed(1)} ms; machine busy ${busy}; ${submitted} of ${RUSH} cases submitted in the database`);
    log(`(d) rush (${WORKERS} server process${WORKERS > 1 ? "es" : ""}): ${RUSH} applicants at once (save, 1 MB PDF upload, submit) in ${secs.toFixed(1)} s: ${fails} failed (save ${failed.save}, upload ${failed.upload}, submit ${failed.submit}); `
      + `p95 save ${p(steps.save)}, upload ${p(steps.upload)}, submit ${p(steps.submit)} (goal 0 failed, p95 < 2000 ms each)`);
  } finally {
    await stopProcess(server);
  }
}

/** (b) the reviewer queue: QUEUE_REQS pages at concurrency 4, then 70 one at a time; its p95 */
async function queuePhase(url: string, db: pg.Client, total: number, reviewerEmail: string): Promise<number> {
  const server = await start(url);
  const reviewer = await login(reviewerEmail, "Weihai@2026", await freshCode(reviewerEmail));
  const urls = ["/review", "/review?tab=confirm", "/review?tab=notice", "/review?tab=done", "/review?sort=desc", "/review?measure=c09-rnd-increment", "/review?q=WH-"];
  for (const u of urls) {
    // warm, and make sure each view is the queue itself (not a redirect to sign-in or enrolment)
    const r = await fetch(BASE + u, { headers: { cookie: reviewer }, redirect: "manual" });
    const html = await r.text();
    if (r.status !== 200 || !/data-testid="(queue-table|empty-state)"|<table/.test(html)) throw new Error(`${u} is not the queue: ${r.status} ${html.slice(0, 200)}`);
  }
  const firstPage = await (await fetch(BASE + urls[0], { headers: { cookie: reviewer } })).text();
  log(`(b) /review: ${(Buffer.byteLength(firstPage) / 1024).toFixed(0)} KB HTML (RSC payload included)`);
  const times: number[] = [];
  const qcpu0 = cpuMs(server.pid!);
  await pooled(Array.from({ length: QUEUE_REQS }, (_, i) => urls[i % urls.length]), 4, async (u) => {
    const s = performance.now();
    const r = await fetch(BASE + u, { headers: { cookie: reviewer }, redirect: "manual" });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${u} answered ${r.status}`);
    times.push(performance.now() - s);
  });
  const p95 = pct(times, 95);
  log(`(b) server CPU per queue page: ${((cpuMs(server.pid!) - qcpu0) / QUEUE_REQS).toFixed(1)} ms`);
  log(`(b) queue: ${QUEUE_REQS} requests over ${urls.length} views at concurrency 4: p50 ${pct(times, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms at ${total.toLocaleString("en")} cases (goal p95 < 200 ms)`);
  // the same requests in four quarters, in the order they finished: the first quarter pays for the
  // server's warming up (each view was asked once before), the last is the warm server
  const q = Math.floor(times.length / 4);
  if (q > 0) log(`(b) p95 by quarter of the run: ${[0, 1, 2, 3].map((i) => pct(times.slice(i * q, (i + 1) * q), 95).toFixed(0)).join(" / ")} ms`);
  // one reviewer at a time: the latency of a page on its own, beside the concurrent figure above
  const solo: number[] = [];
  const byView = new Map<string, number[]>(urls.map((u) => [u, []]));
  await pooled(Array.from({ length: 70 }, (_, i) => urls[i % urls.length]), 1, async (u) => {
    const s = performance.now();
    await (await fetch(BASE + u, { headers: { cookie: reviewer } })).arrayBuffer();
    solo.push(performance.now() - s);
    byView.get(u)!.push(performance.now() - s);
  });
  log(`(b) queue, one request at a time: p50 ${pct(solo, 50).toFixed(0)} ms, p95 ${pct(solo, 95).toFixed(0)} ms over 70 requests`);
  log(`(b) one at a time, p50 by view: ${[...byView].map(([u, t]) => `${u.replace("/review", "") || "(to review)"} ${pct(t, 50).toFixed(0)}`).join(", ")} ms`);
  const plan = (await db.query(`EXPLAIN SELECT id, "caseNo", "submittedAt" FROM "Case" WHERE "leadBureauId" = 'sci-tech' AND status = 'submitted' ORDER BY "submittedAt" ASC, id ASC LIMIT 26`)).rows.map((r) => r["QUERY PLAN"]);
  log("EXPLAIN queue page (to review, sci-tech):\n  " + plan.join("\n  "));
  await stopProcess(server);
  return p95;
}

/** peak RSS of the server (with --workers: of the largest of its processes; an export runs in one) */
function vmHwmMb(pid: number): number {
  return Math.max(...tree(pid).map((p) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) / 1024)));
}

// --db <name>: reuse a database kept by an earlier run (BENCH_KEEP_DB=1); the bulk seed then only
// tops it up to --cases
const reuse = process.argv.includes("--db") ? process.argv[process.argv.indexOf("--db") + 1] : "";
const name = reuse || `wh_bench_load_${randomBytes(3).toString("hex")}`;
if (!reuse) await adminQuery(`CREATE DATABASE "${name}"`);
// BENCH_PG_SOCKET=/var/run/postgresql: app and raw baseline both reach PostgreSQL over its Unix socket
const url = process.env.BENCH_PG_SOCKET
  ? `postgresql://postgres@localhost/${name}?host=${encodeURIComponent(process.env.BENCH_PG_SOCKET)}`
  : withDatabase(serverUrl(), name);
let db!: pg.Client;
log(`machine: ${os.cpus().length} cpus, load ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}; database ${name}; ${WORKERS} server process(es)`);

async function main() {
  if (!reuse) {
    await migrate(url, MIGRATIONS_DIR);
    const prisma = createPrisma(url, 2);
    await seedDemo(prisma);
    await prisma.$disconnect();
  }
  db = new pg.Client({ connectionString: url });
  db.on("error", () => {});
  await db.connect();
  const ratio = SUBMITS > 0 ? await submitPhase(url, db) : NaN;
  if (RUSH > 0) await rushPhase(url, db);
  if (process.argv.includes("--submit-only")) {
    log(`load: submit ${ratio.toFixed(2)}x raw-pg (submit only)`);
    return;
  }

  // (b) queue p95 at CASES cases
  let t0 = performance.now();
  const have = Number((await db.query(`SELECT count(*) FROM "Case"`)).rows[0].count);
  if (have < CASES) {
    const seeded = await bulkSeed(url, { cases: CASES - have, concurrency: 2 });
    log(`seeded ${seeded.cases.toLocaleString("en")} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await db.query("VACUUM ANALYZE");
  }
  const total = Number((await db.query(`SELECT count(*) FROM "Case"`)).rows[0].count);
  // staff sign in with a second factor (ADR 022): without one the session may only enrol, and every
  // queue view would be the enrolment page. The bench's reviewer gets the demo secret (bench database only).
  const REVIEWER = "reviewer1@demo.weihai.gov.cn";
  await db.query(`INSERT INTO "SecondFactor"("userId", secret, "confirmedAt") SELECT id, $2, now() FROM "User" WHERE email = $1
    ON CONFLICT ("userId") DO UPDATE SET secret = EXCLUDED.secret, "confirmedAt" = now(), "lastStep" = 0`, [REVIEWER, DEMO_TOTP_SECRET]);
  // --queue-requests 0: the export only
  const p95 = QUEUE_REQS > 0 ? await queuePhase(url, db, total, REVIEWER) : NaN;

  // (c) export ~100,000 rows: the reviewer's paid cases up to the day on which they reach 100,000
  const cut = (await db.query(`SELECT to_char(("submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS day
    FROM "Case" WHERE "leadBureauId"='sci-tech' AND status='paid' AND "submittedAt" IS NOT NULL ORDER BY "submittedAt" OFFSET 99999 LIMIT 1`)).rows[0]?.day as string | undefined;
  const exportUrl = `/review/export?tab=done&status=paid${cut ? `&to=${cut}` : ""}`;
  const server = await start(url);
  const reviewer = await login(REVIEWER, "Weihai@2026", await freshCode(REVIEWER));
  const pid = server.pid!;
  const before = vmHwmMb(pid);
  t0 = performance.now();
  const res = await fetch(BASE + exportUrl, { headers: { cookie: reviewer } });
  const buf = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`export answered ${res.status}: ${buf.toString().slice(0, 200)}`);
  const secs = (performance.now() - t0) / 1000;
  const peak = vmHwmMb(pid);
  const rows = Number((await db.query(`SELECT count(*) FROM "Case" WHERE "leadBureauId"='sci-tech' AND status='paid' AND "submittedAt" IS NOT NULL
    ${cut ? `AND ("submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date <= '${cut}'` : ""}`)).rows[0].count);
  log(`(c) export ${exportUrl}: ${rows.toLocaleString("en")} rows, ${(buf.length / 1e6).toFixed(1)} MB xlsx (status ${res.status}, sha256 ${createHash("sha256").update(buf).digest("hex").slice(0, 12)}) in ${secs.toFixed(1)} s; server peak RSS ${peak} MB (before ${before} MB) (goal < 10 s, < 256 MB)`);
  await stopProcess(server);
  await db.end();
  log(`machine load after: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  log(`load: submit ${Number.isNaN(ratio) ? "(skipped)" : ratio.toFixed(2) + "x"} raw-pg; queue p95 ${Number.isNaN(p95) ? "(skipped)" : p95.toFixed(0) + " ms"} at ${total} cases; export ${secs.toFixed(1)} s ${peak} MB`);
}

try {
  await main();
} catch (e) {
  console.error("bench:load failed:", e);
  process.exitCode = 1;
} finally {
  await db?.end().catch(() => {});
  rmSync(DATA_DIR, { recursive: true, force: true });
  if (!process.env.BENCH_KEEP_DB && !reuse) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
