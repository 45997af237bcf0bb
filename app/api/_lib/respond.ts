import "server-only";
import { ActionError } from "@/lib/actions/define-action";

// JSON answers of the attachment routes: the same error codes as the server actions (errors.*).

const STATUS: Record<string, number> = {
  unauthenticated: 401, forbidden: 403, foreign_origin: 403, not_found: 404, bad_state: 409, stale: 409, round_closed: 409,
  file_too_large: 413, validation: 400, file_empty: 400, file_type: 400, file_name: 400,
};

export function fail(code: string, detail?: Record<string, string | number>) {
  return Response.json({ ok: false, error: code, detail }, { status: STATUS[code] ?? 500, headers: { "Cache-Control": "no-store" } });
}

export function failFrom(e: unknown) {
  if (e instanceof ActionError) return fail(e.code, e.detail);
  console.error("attachment route failed", e);
  return fail("server");
}

/**
 * A state-changing request must come from this site: a browser always sends Origin on a
 * cross-site POST or DELETE, and it must name this host. (No Origin: not a browser form post.)
 */
export function foreignOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
