import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { registerTableGauges } from "@/lib/ops/table-gauges";
import { metrics } from "@/server/metrics.mjs";

// Prometheus metrics, for the monitoring system only: Authorization: Bearer METRICS_TOKEN. They
// are not personal, but they show case volumes per status and the portal's inner workings, so no
// visitor or portal user reads them; unset, the endpoint does not exist (404).
export const dynamic = "force-dynamic";

function authorized(header: string | null, token: string): boolean {
  const got = Buffer.from(header?.startsWith("Bearer ") ? header.slice(7) : "");
  const want = Buffer.from(token);
  return got.length === want.length && timingSafeEqual(got, want);
}

export async function GET(req: Request) {
  const token = env.METRICS_TOKEN;
  if (!token) return new Response("Not Found", { status: 404 });
  if (!authorized(req.headers.get("authorization"), token)) {
    return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" } });
  }
  try {
    await registerTableGauges();
    const { registry } = metrics();
    return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
  } catch (e) {
    log.error({ err: e }, "metrics failed");
    return new Response("metrics failed", { status: 500 });
  }
}
