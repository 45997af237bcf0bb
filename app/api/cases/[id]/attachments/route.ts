import { storeAttachment } from "@/lib/attachments/store";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { fail, failFrom, foreignOrigin } from "../../../_lib/respond";

// POST multipart (slot, file): adds a document to the applicant's own draft or returned case.
// Type is checked by the file's first bytes, size against UPLOAD_MAX_MB; a refused file stores nothing.
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  if (foreignOrigin(req)) return fail("foreign_origin");
  const user = await currentUser();
  if (!user) return fail("unauthenticated");
  if (user.role !== "applicant") return fail("not_found");
  const max = env.UPLOAD_MAX_MB * 1024 * 1024;
  // refuse an oversized body before reading it (multipart adds a little around the file)
  if (Number(req.headers.get("content-length") ?? 0) > max + 64 * 1024) return fail("file_too_large", { maxMb: env.UPLOAD_MAX_MB });
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return fail("validation");
  }
  const slot = form.get("slot");
  const file = form.get("file");
  if (typeof slot !== "string" || !(file instanceof File)) return fail("validation");
  try {
    const { id } = await params;
    const a = await storeAttachment(user, { caseId: id, slot, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json(
      { ok: true, attachment: { id: a.id, slot: a.slot, fileName: a.fileName, size: a.size, mime: a.mime } },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (e) {
    return failFrom(e);
  }
}
