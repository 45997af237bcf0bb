// Liveness: the process answers. No database, no data (a load balancer or orchestrator restarts
// the process when this stops answering; /api/ready says whether to send it traffic).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
