// The crash test's server: server/main.mjs (as `npm start`) serving the suite's build on its own port and database, killed
// with SIGKILL in the middle of a batch of requests and started again.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, cpSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { request as pwRequest } from "@playwright/test";
import { stopProcess, waitForServer } from "../lib/testing/server-process";
import { freshCode } from "./totp-codes";

export const CRASH_PORT = Number(process.env.CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 90);
/** a private copy of the build (E2E_BUILD_DIR or .next): the crash test runs beside the main suite, not inside its server's copy */
export const CRASH_DIST = `.next-e2e-crash-${CRASH_PORT}`;
export const CRASH_BASE = `http://127.0.0.1:${CRASH_PORT}`;
export const CRASH_PASSWORD = "Crash-Test-2026";
/** the servers' output, all restarts of one run (read it when a request answered "server") */
export const CRASH_LOG = path.join(tmpdir(), `wh-crash-${CRASH_PORT}.log`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class CrashServer {
  private child: ChildProcess | null = null;
  /** SIGKILLs so far */
  kills = 0;
  /** kill points that cut at least one request off before it was answered */
  interrupted = 0;

  /** `db` watches the work: every state change of a case commits exactly one audit event */
  constructor(private readonly databaseUrl: string, private readonly db: pg.Client) {
    closeSync(openSync(CRASH_LOG, "w"));
    const build = process.env.E2E_BUILD_DIR ?? ".next";
    rmSync(CRASH_DIST, { recursive: true, force: true });
    cpSync(build, CRASH_DIST, { recursive: true, filter: (src) => !src.startsWith(`${build}/cache`) });
  }

  async start(): Promise<void> {
    const log = openSync(CRASH_LOG, "a");
    this.child = spawn(process.execPath, ["server/main.mjs", "-H", "127.0.0.1", "-p", String(CRASH_PORT)], {
      env: {
        ...process.env, NEXT_DIST_DIR: CRASH_DIST, DATABASE_URL: this.databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_URL: CRASH_BASE, NEXTAUTH_SECRET: "crash-test-secret-0123456789abcdef", DB_POOL_MAX: "8",
      },
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    // up to 60 s: a loaded CI machine starts Node slowly. Up when its liveness route answers: the
    // test sends API requests only, and rendering /sign-in first cost each of the 100 restarts ~0.35 s
    await waitForServer(CRASH_BASE, this.child, 60_000, "the crash test's server", "/api/health");
  }

  async stop(): Promise<void> {
    if (this.child) await stopProcess(this.child, "SIGKILL");
  }

  /** stops the server and removes its copy of the build */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(CRASH_DIST, { recursive: true, force: true });
  }

  /**
   * One kill point: runs the batch (each request resolves to true when answered, false when the
   * kill cut it off) and SIGKILLs the server once a random number (0 to `commits`) of its
   * transactions have committed, a few ms later, so the kill lands among transactions in flight
   * however fast or loaded the machine is (or right after the batch, if fewer committed); then
   * starts it again.
   */
  async killDuring(send: () => Promise<boolean>[], commits: number): Promise<void> {
    const target = Math.floor(Math.random() * (commits + 1));
    const before = await this.committed();
    let settled = false;
    const all = Promise.all(send()).finally(() => {
      settled = true;
    });
    while (!settled && (await this.committed()) - before < target) await sleep(5);
    await sleep(Math.floor(Math.random() * 20));
    await this.stop();
    const answered = await all;
    this.kills++;
    if (answered.includes(false)) this.interrupted++;
    await this.start();
  }

  private async committed(): Promise<number> {
    return (await this.db.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0].n;
  }

  /** Signs in once; the JWT session cookie stays valid across restarts (same secret). */
  async login(email: string): Promise<string> {
    const ctx = await pwRequest.newContext({ baseURL: CRASH_BASE });
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    // the reviewers have the demo TOTP secret (crash.spec.ts); applicants have no factor and the code is ignored
    await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, identifier: email, password: CRASH_PASSWORD, json: "true", code: await freshCode(email) } });
    const cookie = (await ctx.storageState()).cookies.find((c) => c.name === "next-auth.session-token");
    await ctx.dispose();
    if (!cookie) throw new Error(`login failed for ${email}`);
    return `next-auth.session-token=${cookie.value}`;
  }
}
