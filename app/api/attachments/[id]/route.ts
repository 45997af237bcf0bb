import { attachmentFileName, contentDisposition } from "@/lib/attachments/file-name";
import { jsonResponse } from "@/lib/http/json";
import { readAttachment, removeAttachment } from "@/lib/attachments/store";
import { currentUser } from "@/lib/auth/session";
import { DOWNLOAD_CSP } from "@/lib/security/csp";
import { fail, failFrom, foreignOrigin } from "../../_lib/respond";

type Ctx = { params: Promise<{ id: string }> };

// GET: the file, for the owning organisation and staff who may read the case; 404 for anyone else.
// The name is cleaned again here (extension of the sniffed type, no bidi controls): rows stored
// before upload cleaned names are sent under a safe name too.
export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return fail("not_found");
  try {
    const { meta, bytes } = await readAttachment(user, (await params).id);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": meta.mime,
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition("attachment", attachmentFileName(meta.fileName, meta.mime)),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": DOWNLOAD_CSP,
      },
    });
  } catch (e) {
    return failFrom(e);
  }
}

// DELETE: removes a document while the case can still be edited.
export async function DELETE(req: Request, { params }: Ctx) {
  if (foreignOrigin(req)) return fail("foreign_origin");
  const user = await currentUser();
  if (!user) return fail("unauthenticated");
  try {
    await removeAttachment(user, (await params).id);
    return jsonResponse({ ok: true });
  } catch (e) {
    return failFrom(e);
  }
}
