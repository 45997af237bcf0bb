// Prometheus metrics (prom-client), one registry per process: server/main.mjs times every request
// into it, GET /api/metrics (app/api/metrics/route.ts) adds the gauges that read the database and
// serves it. Kept on globalThis so the Next bundle and main.mjs share it.
import client from "prom-client";

const KEY = Symbol.for("weihai.metrics");

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "weihai_" });
  const httpDuration = new client.Histogram({
    name: "weihai_http_request_duration_seconds",
    help: "Time to answer a request, by method, route group and status class",
    labelNames: ["method", "route", "status"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { client, registry, httpDuration, gauges: new Set() };
}

/** the process's metrics: { client, registry, httpDuration, gauges } */
export function metrics() {
  return (globalThis[KEY] ??= create());
}

const GROUPS = [
  [/^\/_next\//, "static"],
  [/^\/api\/auth(\/|$)/, "auth"],
  [/^\/api\/(health|ready|metrics)$/, "ops"],
  [/^\/api\/cases\/[^/]+\/submit$/, "submit"],
  [/^\/api\/(attachments|cases\/[^/]+\/attachments)(\/|$)/, "attachments"],
  [/^\/api\//, "api"],
  [/^\/applicant(\/|$)/, "applicant"],
  [/^\/review(\/|$)/, "review"],
  [/^\/finance(\/|$)/, "finance"],
  [/^\/admin(\/|$)/, "admin"],
  [/^\/notifications(\/|$)/, "notifications"],
  [/^\/(sign-in|sign-up)(\/|$)/, "sign-in"],
  [/^\/notice(\/|$)/, "notice"],
];

/** A fixed, small set of labels for a path (never the path itself: ids would explode the series). */
export function routeGroup(pathname) {
  for (const [re, group] of GROUPS) if (re.test(pathname)) return group;
  return "public";
}

/** "2xx", "4xx", … */
export function statusClass(code) {
  return `${Math.floor(code / 100)}xx`;
}
