// The portal's web server (`npm start`, the demo launcher, e2e/serve.ts, bench:load, the crash
// test): Next.js's request handler behind one step that sets the client's address from the socket
// (server/client-address.mjs), gives the request an id, and logs and times it (server/logger.mjs,
// server/metrics.mjs). Route handlers and server actions cannot see the socket themselves.
//   node server/main.mjs [--dev] [-H host] [-p port] [--workers n]
// (port also from PORT, default 3000; workers also from WEB_CONCURRENCY, default 1: with more, a
// primary process forks that many servers sharing the port, one per core, and starts a new one
// when one dies. Every server is one of "several app servers on one database", ADR 020.)
import cluster from "node:cluster";
import { createServer } from "node:http";
import { format } from "node:util";
import { applyClientAddress, parseTrustedHops } from "./client-address.mjs";
import { keepConnectionsAlive } from "./keep-alive.mjs";
import { createLimiter, HOT_WRITE, parseWriteConcurrency, WRITE_TURN_MAX_MS } from "./limiter.mjs";
import { log, requestIdFrom, withRequestContext } from "./logger.mjs";
import { metrics, routeGroup, statusClass } from "./metrics.mjs";
import { applyV8Flags } from "./v8-flags.mjs";

const args = process.argv.slice(2);
const option = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const dev = args.includes("--dev");
const hostname = option("-H") ?? option("--hostname");
const port = Number(option("-p") ?? option("--port") ?? process.env.PORT ?? 3000);
const workers = Number(option("--workers") ?? process.env.WEB_CONCURRENCY ?? 1);
if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
  console.error("Invalid environment: WEB_CONCURRENCY (or --workers) must be a whole number from 1 to 64");
  process.exit(1);
}

let hops;
let writeConcurrency;
try {
  applyV8Flags();
  hops = parseTrustedHops(process.env.TRUSTED_PROXY_HOPS);
  writeConcurrency = parseWriteConcurrency(process.env.WRITE_CONCURRENCY);
} catch (e) {
  console.error(`Invalid environment: ${e.message}`);
  process.exit(1);
}
process.env.NODE_ENV ??= dev ? "development" : "production";

if (!dev) {
  // Next.js and libraries print errors with console.error: the same JSON lines, scrubbed, with the request id
  const toLog = (level) => (...a) => {
    // Node's own warnings ("(node:123) DeprecationWarning: …") come through console.error too
    const lvl = typeof a[0] === "string" && a[0].startsWith("(node:") ? "warn" : level;
    if (a[0] instanceof Error) log[lvl]({ err: a[0] }, a.length > 1 ? format(...a.slice(1)) : a[0].message);
    else log[lvl](format(...a));
  };
  console.error = toLog("error");
  console.warn = toLog("warn");
}

if (!dev && workers > 1 && cluster.isPrimary) {
  // the primary only keeps the servers running: each is this file again, as a worker
  let stopping = false;
  const started = new Map();
  const fork = () => started.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (w, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // a server that dies within 10 s of its start is not restarted at once (no fork loop on a broken setup)
    const quick = Date.now() - (started.get(w.id) ?? 0) < 10_000;
    log.error({ code, signal }, `server ${w.process.pid} exited; starting another${quick ? " in 5 s" : ""}`);
    setTimeout(fork, quick ? 5000 : 0);
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  await serve();
}

async function serve() {
  const { default: next } = await import("next");
  const app = (next.default ?? next)({ dev, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const { httpDuration } = metrics();
  /** health probes and build assets are logged at debug (a probe every few seconds drowns the rest) */
  const quiet = (route, path) => route === "static" || path === "/api/health" || path === "/api/ready";

  function setHeader(req, name, value) {
    const raw = req.rawHeaders;
    for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i].toLowerCase() === name) raw.splice(i, 2);
    req.headers[name] = value;
    raw.push(name, value);
  }

  const writes = Number.isFinite(writeConcurrency) ? createLimiter(writeConcurrency) : null;
  /** more writes waiting than the queue holds: a clear answer the form shows (errors.busy), not a wait without end */
  const busy = (res) => {
    res.writeHead(503, { "content-type": "application/json", "cache-control": "no-store, no-transform", "retry-after": "5", "x-content-type-options": "nosniff" });
    res.end(JSON.stringify({ ok: false, error: "busy" }));
  };

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    // the proxy's or client's X-Request-Id when it is a plain token, else a new one; echoed back
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    setHeader(req, "x-request-id", requestId);
    res.setHeader("X-Request-Id", requestId);
    withRequestContext(requestId, () => {
      res.on("finish", () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const path = (req.url ?? "/").split("?")[0].slice(0, 200);
        const route = routeGroup(path);
        httpDuration.observe({ method: req.method, route, status: statusClass(res.statusCode) }, seconds);
        const line = { method: req.method, path, route, status: res.statusCode, durationMs: Math.round(seconds * 10_000) / 10 };
        if (res.statusCode >= 500 || !quiet(route, path)) log.info(line, "request");
        else log.debug(line, "request");
      });
      applyClientAddress(req, hops);
      const run = () => handle(req, res).catch((e) => {
        log.error({ err: e }, "request failed");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
      // a save, upload or submit waits for its turn (first come, first served) when the limit is busy
      if (!writes || !HOT_WRITE.test((req.url ?? "").split("?")[0])) return void run();
      const turn = writes.acquire();
      if (!turn) return void busy(res);
      void turn.then((release) => {
        // a slow client (an upload trickling in) keeps its turn 30 s at most, then the next one starts too
        const cap = setTimeout(release, WRITE_TURN_MAX_MS).unref();
        res.once("close", () => {
          clearTimeout(cap);
          release();
        });
        // the client went away while it waited: nothing to do
        if (req.destroyed || res.destroyed) return release();
        run();
      });
    });
  });
  // idle connections outlive a proxy's or client's own idle limit: they, not we, close them (no resets)
  keepConnectionsAlive(server);
  server.listen(port, hostname, () => {
    log.info(`> Ready on http://${hostname ?? "localhost"}:${port}${hops ? ` (client address from ${hops} trusted proxy hop(s))` : ""}`);
  });
  const stop = () => process.exit(0);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
