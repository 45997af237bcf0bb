// Web server for the e2e suite: a fresh PostgreSQL database (wh_e2e), migrated and seeded, and the
// production build on 127.0.0.1:<port>.
import { spawn } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrisma } from "../lib/db/create-client";
import { migrate } from "../lib/db/migrate";
import { MIGRATIONS_DIR } from "../lib/db/migration-files";
import { adminQuery, serverUrl, withDatabase } from "../lib/testing/test-db";
import { seedDemo } from "../prisma/seed";

const port = process.argv[2] ?? "3100";
const name = process.env.E2E_DB_NAME ?? "wh_e2e";
await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await adminQuery(`CREATE DATABASE "${name}"`);
const url = withDatabase(serverUrl(), name);
await migrate(url, MIGRATIONS_DIR);
const prisma = createPrisma(url, 2);
await seedDemo(prisma);
await prisma.$disconnect();

// serve a private copy of the build, so a rebuild while the suite runs cannot pull it away
const dist = `.next-e2e-${port}`;
rmSync(dist, { recursive: true, force: true });
// E2E_BUILD_DIR: serve another build than .next (e.g. one made with NEXT_DIST_DIR=.next-build-x)
const build = process.env.E2E_BUILD_DIR ?? ".next";
cpSync(build, dist, { recursive: true, filter: (src) => !src.startsWith(`${build}/cache`) });
const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", port], {
  stdio: "inherit",
  env: {
    ...process.env, NEXT_DIST_DIR: dist, DATABASE_URL: url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
