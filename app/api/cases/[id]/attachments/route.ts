import { storeAttachment } from "@/lib/attachments/store";
import { jsonResponse } from "@/lib/http/json";
import { MultipartFile } from "@/lib/http/multipart";
import { fail, failFrom, readApplicantUpload } from "../../../_lib/respond";

// POST multipart (slot, file): adds a document to the applicant's own draft or returned case.
// Type is checked by the file's first bytes, size against UPLOAD_MAX_MB; a refused file stores nothing.
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const upload = await readApplicantUpload(req, "not_found");
  if (upload instanceof Response) return upload;
  const { user, form } = upload;
  const slot = form.get("slot");
  const file = form.get("file");
  if (typeof slot !== "string" || !(file instanceof MultipartFile)) return fail("validation");
  try {
    const { id } = await params;
    const a = await storeAttachment(user, { caseId: id, slot, fileName: file.name, bytes: file.bytes });
    return jsonResponse({ ok: true, attachment: { id: a.id, slot: a.slot, fileName: a.fileName, size: a.size, mime: a.mime } });
  } catch (e) {
    return failFrom(e);
  }
}
