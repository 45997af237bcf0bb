// Two app servers (server/main.mjs, as `npm start` runs it) from one build on one PostgreSQL
// database, behind a real nginx started by the test on a loopback port with a config, pid, logs and
// temp files of its own. nginx routes by the test's X-Backend header (a or b; without it: round
// robin) and names the server that answered in X-Upstream, so each step is served where the test says.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { adminQuery, serverUrl, withDatabase, withUser } from "../lib/testing/test-db";
import { stopProcess, waitForServer } from "../lib/testing/server-process";
import { prepareDemoDatabase } from "../prisma/tools/demo-database";
import { e2eDatabaseName } from "./e2e-db";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
/** the two app servers and the proxy: E2E_PORT + 10, + 20, + 30 */
export const PORTS = { a: BASE_PORT + 10, b: BASE_PORT + 20, proxy: BASE_PORT + 30 };
export const PROXY = `http://127.0.0.1:${PORTS.proxy}`;
export const METRICS_TOKEN = randomBytes(24).toString("hex");
const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export interface Cluster {
  ownerUrl: string;
  dir: string;
  /** the server's log file, to read when a step fails */
  logOf(name: "a" | "b" | "nginx"): string;
  stop(): Promise<void>;
}

function nginxConfig(dir: string): string {
  // `user` only counts when nginx starts as root: its workers then run as nobody
  const user = process.getuid?.() === 0 ? "user nobody nogroup;" : "";
  return `${user}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/nginx-access.log;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 25m;
  upstream portal { server 127.0.0.1:${PORTS.a}; server 127.0.0.1:${PORTS.b}; }
  upstream portal_a { server 127.0.0.1:${PORTS.a}; }
  upstream portal_b { server 127.0.0.1:${PORTS.b}; }
  map $http_x_backend $backend { default portal; a portal_a; b portal_b; }
  server {
    listen 127.0.0.1:${PORTS.proxy};
    location / {
      proxy_pass http://$backend;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "wh-several-"));
  chmodSync(dir, 0o755); // nginx's workers (nobody, when started as root) write their temp files below it
  const name = `${e2eDatabaseName()}_several`;
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${name}"`);
  const ownerUrl = withDatabase(serverUrl(), name);
  // the demo staff with their known TOTP secret, as on the suite's database: without a factor a staff session reaches only enrolment
  await prepareDemoDatabase(ownerUrl, { demoSecondFactors: true });

  // one build for both, a private copy (a rebuild while the suite runs cannot pull it away)
  const dist = `.next-e2e-several-${BASE_PORT}`;
  rmSync(dist, { recursive: true, force: true });
  const build = process.env.E2E_BUILD_DIR ?? ".next";
  cpSync(build, dist, { recursive: true, filter: (src) => !src.startsWith(`${build}/cache`) });

  const logOf = (n: string) => path.join(dir, `${n}.log`);
  const children: ChildProcess[] = [];
  // what several servers must share: the database, the storage (in it), the session secret and
  // the audit key and checkpoints; each keeps its own DATA_DIR (nothing on disk is shared)
  const shared: NodeJS.ProcessEnv = {
    DATABASE_URL: withUser(ownerUrl, "weihai_app"), STORAGE_DRIVER: "postgres", TRUSTED_PROXY_HOPS: "1",
    NEXTAUTH_URL: PROXY, NEXTAUTH_SECRET: randomBytes(24).toString("hex"), AUDIT_SIGNING_KEY: randomBytes(32).toString("hex"),
    AUDIT_CHECKPOINT_DIR: path.join(dir, "checkpoints"), METRICS_TOKEN, NEXT_DIST_DIR: dist, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
  };
  const stop = async () => {
    for (const c of children.reverse()) await stopProcess(c, "SIGTERM");
    rmSync(dist, { recursive: true, force: true });
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const s of ["a", "b"] as const) {
      const out = openSync(logOf(s), "w");
      children.push(spawn(process.execPath, ["server/main.mjs", "-H", "127.0.0.1", "-p", String(PORTS[s])], {
        env: { ...process.env, ...shared, DATA_DIR: path.join(dir, `data-${s}`) }, stdio: ["ignore", out, out],
      }));
      closeSync(out);
    }
    const check = spawnSync(NGINX, ["-t", "-p", dir, "-e", `${dir}/nginx-error.log`, "-c", writeConfig(dir)], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t failed (${NGINX}; apt-get install nginx): ${check.stderr}`);
    const out = openSync(logOf("nginx"), "w");
    children.push(spawn(NGINX, ["-p", dir, "-e", `${dir}/nginx-error.log`, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", out, out] }));
    closeSync(out);
    await Promise.all([
      waitForServer(`http://127.0.0.1:${PORTS.a}`, children[0], 90_000, "app server a"),
      waitForServer(`http://127.0.0.1:${PORTS.b}`, children[1], 90_000, "app server b"),
    ]);
    await waitForServer(PROXY, children[2], 10_000, "nginx");
  } catch (e) {
    await stop();
    throw e;
  }
  return { ownerUrl, dir, logOf, stop };
}

function writeConfig(dir: string): string {
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, nginxConfig(dir));
  return file;
}

/** the last lines of a log, for a failure message */
export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}
