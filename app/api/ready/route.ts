import { readiness } from "@/lib/ops/readiness";

// Readiness: the services a request needs answer (503 otherwise, so a proxy stops sending traffic
// here). Only each check's name and ok/failed: no data, no error text.
export const dynamic = "force-dynamic";

export async function GET() {
  const r = await readiness();
  return Response.json({ status: r.ready ? "ready" : "not ready", checks: r.checks }, { status: r.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
