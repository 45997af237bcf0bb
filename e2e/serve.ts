// Web server for the e2e suite: a fresh database, migrated and seeded, and the production build on
// 127.0.0.1:<port>. The database is PostgreSQL's E2E_DB_NAME (default wh_e2e), or with
// E2E_EMBEDDED=1 the embedded PGlite that `npm run demo` starts, in a fresh data dir under /tmp
// that also holds the uploads.
import { spawn } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkpointDir, ensureSigningKey } from "../lib/audit/checkpoint-config";
import { EMBEDDED_POOL_MAX } from "../lib/db/embedded";
import { adminQuery, withUser } from "../lib/testing/test-db";
import { openDatabase, type OpenDatabase } from "../prisma/tools/database";
import { prepareDemoDatabase } from "../prisma/tools/demo-database";
import { E2E_EMBEDDED, e2eDatabaseName, e2eDatabaseUrl, e2eEmbeddedPort } from "./e2e-db";

const port = process.argv[2] ?? "3100";
process.env.E2E_PORT ??= port;

let db: OpenDatabase;
let dbEnv: Record<string, string> = {};
// one dir per port, emptied at start: a run that was killed leaves nothing for the next one. It
// also holds the audit checkpoints and their key (the database is fresh, so are they).
const dataDir = path.join(tmpdir(), E2E_EMBEDDED ? `wh-e2e-embedded-${port}` : `wh-e2e-data-${port}`);
rmSync(dataDir, { recursive: true, force: true });
if (E2E_EMBEDDED) {
  db = await openDatabase({ dataDir, port: e2eEmbeddedPort() });
  dbEnv = { DATA_DIR: dataDir, DB_POOL_MAX: String(EMBEDDED_POOL_MAX) };
} else {
  const name = e2eDatabaseName();
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${name}"`);
  // migrated and seeded as the owner, served as the app role (no UPDATE or DELETE of audit events)
  db = { url: withUser(e2eDatabaseUrl(), "weihai_app"), ownerUrl: e2eDatabaseUrl(), embedded: false, close: async () => {} };
}
// the demo staff get the known TOTP secret: e2e/fixtures.ts computes their codes from it
await prepareDemoDatabase(db.ownerUrl, { demoSecondFactors: true });
console.log(`e2e database: ${db.embedded ? `embedded PGlite in ${dataDir}` : "PostgreSQL"}`);

// serve a private copy of the build, so a rebuild while the suite runs cannot pull it away
const dist = `.next-e2e-${port}`;
rmSync(dist, { recursive: true, force: true });
// E2E_BUILD_DIR: serve another build than .next (e.g. one made with NEXT_DIST_DIR=.next-build-x)
const build = process.env.E2E_BUILD_DIR ?? ".next";
cpSync(build, dist, { recursive: true, filter: (src) => !src.startsWith(`${build}/cache`) });
// server/main.mjs as `npm start` runs it: it sets the client address from the socket
const child = spawn(process.execPath, ["server/main.mjs", "-H", "127.0.0.1", "-p", port], {
  stdio: "inherit",
  env: {
    ...process.env, ...dbEnv, NEXT_DIST_DIR: dist, DATABASE_URL: db.url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
    AUDIT_SIGNING_KEY: ensureSigningKey(dataDir), AUDIT_CHECKPOINT_DIR: checkpointDir(dataDir, undefined),
    METRICS_TOKEN: process.env.METRICS_TOKEN ?? "e2e-metrics-token-not-for-production",
    // a JSON line per request would bury the suite's output: warnings and errors only
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`, APP_BASE_URL: `http://127.0.0.1:${port}`,
    // the test SMTP server of e2e/global-setup.ts
    SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? Number(port) + 2000}`, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
    // the scheduled jobs run in the server as in production; look for due ones every 2 s
    JOBS_POLL_SECONDS: process.env.JOBS_POLL_SECONDS ?? "2",
  },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async (code) => {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
