import { ActionError } from "@/lib/actions/define-action";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { importOffers } from "@/lib/offers/import";
import { fail, failFrom, foreignOrigin } from "../../_lib/respond";

/** what is wrong with the list itself: the admin's to fix, not a server error */
const LIST_ERRORS = new Set(["xlsx_unreadable", "xlsx_columns", "xlsx_empty", "xlsx_too_many_rows", "no_open_round"]);

// POST multipart (measureId, file): an admin imports a 免申即享 list (lib/offers/import.ts).
export async function POST(req: Request) {
  if (foreignOrigin(req)) return fail("foreign_origin");
  const user = await currentUser();
  if (!user) return fail("unauthenticated");
  if (user.role !== "admin") return fail("forbidden");
  const max = env.UPLOAD_MAX_MB * 1024 * 1024;
  if (Number(req.headers.get("content-length") ?? 0) > max + 64 * 1024) return fail("file_too_large", { maxMb: env.UPLOAD_MAX_MB });
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return fail("validation");
  }
  const file = form.get("file");
  const measureId = form.get("measureId");
  if (typeof measureId !== "string" || !measureId) return Response.json({ ok: false, error: "validation", fieldErrors: { measureId: "required" } }, { status: 400 });
  if (!(file instanceof File) || file.size === 0) return Response.json({ ok: false, error: "validation", fieldErrors: { file: "required" } }, { status: 400 });
  if (file.size > max) return fail("file_too_large", { maxMb: env.UPLOAD_MAX_MB });
  try {
    const r = await importOffers(user, { measureId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json({ ok: true, importId: r.importId }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof ActionError && LIST_ERRORS.has(e.code)) return Response.json({ ok: false, error: e.code, detail: e.detail }, { status: 400 });
    return failFrom(e);
  }
}
