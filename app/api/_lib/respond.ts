import "server-only";
import { jsonResponse } from "@/lib/http/json";
import { ActionError } from "@/lib/actions/define-action";
import { currentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { readMultipart, type MultipartForm } from "@/lib/http/multipart";
import { log } from "@/lib/log";

// JSON answers of the API routes: the same error codes as the server actions (errors.*), with the
// field named where one is wrong.

const STATUS: Record<string, number> = {
  unauthenticated: 401, forbidden: 403, foreign_origin: 403, not_found: 404, bad_state: 409, stale: 409, round_closed: 409, org_unverified: 409, verification_pending: 409, already_bound: 409,
  file_too_large: 413, validation: 400, file_empty: 400, file_type: 400, file_name: 400,
};

export function fail(code: string, detail?: Record<string, string | number>, fieldErrors?: Record<string, string>) {
  return jsonResponse({ ok: false, error: code, detail, fieldErrors }, { status: STATUS[code] ?? 500 });
}

export function failFrom(e: unknown) {
  if (e instanceof ActionError) return fail(e.code, e.detail, e.fieldErrors);
  log.error({ err: e }, "attachment route failed");
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

/**
 * The start of an applicant's multipart upload (a case document, a licence): from this site, signed
 * in as an applicant (anyone else is told `otherRole`), the body within UPLOAD_MAX_MB — refused
 * before it is read (multipart adds a little around the file) —, then the form; or the refusal.
 */
export async function readApplicantUpload(req: Request, otherRole: "not_found" | "forbidden"): Promise<{ user: SessionUser; form: MultipartForm } | Response> {
  if (foreignOrigin(req)) return fail("foreign_origin");
  const user = await currentUser();
  if (!user) return fail("unauthenticated");
  if (user.role !== "applicant") return fail(otherRole);
  // a Content-Length above the limit is refused unread; a chunked body is counted as it is read
  const form = await readMultipart(req, env.UPLOAD_MAX_MB * 1024 * 1024 + 64 * 1024);
  if (form === "too_large") return fail("file_too_large", { maxMb: env.UPLOAD_MAX_MB });
  if (form === "invalid") return fail("validation");
  return { user, form };
}
