// The production build served by e2e/serve.ts (fresh seeded database) for the page benchmarks
// (bench:lighthouse, bench:js). Env: E2E_DB_NAME (default `db`), E2E_BUILD_DIR (default .next),
// BENCH_SERVER_LOG=1 shows the server's output.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { waitForServer } from "../../lib/testing/server-process";

export async function serveBuild(port: string, db: string): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  if (await fetch(`${base}/sign-in`).then(() => true, () => false)) throw new Error(`port ${port} is taken: stop the server there first`);
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/serve.ts", port], {
    env: { ...process.env, E2E_DB_NAME: process.env.E2E_DB_NAME ?? db, E2E_BUILD_DIR: process.env.E2E_BUILD_DIR ?? ".next" },
    stdio: process.env.BENCH_SERVER_LOG ? "inherit" : "ignore",
  });
  await waitForServer(base, child, 120_000, "e2e/serve.ts (BENCH_SERVER_LOG=1 shows why)");
  return child;
}
