import { ActionError } from "@/lib/actions/define-action";
import { attachmentFileName, contentDisposition } from "@/lib/attachments/file-name";
import { readAttachment } from "@/lib/attachments/store";
import { currentUser } from "@/lib/auth/session";
import { PREVIEW_CSP } from "@/lib/security/csp";

type Ctx = { params: Promise<{ id: string }> };

const INLINE = new Set(["application/pdf", "image/png", "image/jpeg"]);

/**
 * Inline preview of an attachment for staff who may read its case (the review page embeds it).
 * /api/attachments/[id] always downloads (Content-Disposition: attachment, sandboxed), which a
 * browser will not show in an <object>; this serves the same checked file inline. Only the
 * sniffed PDF / PNG / JPEG types are ever served, with nosniff; 404 for anyone else.
 */
export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user || user.role === "applicant") return new Response("not found", { status: 404 });
  try {
    const { meta, bytes } = await readAttachment(user, (await params).id);
    if (!INLINE.has(meta.mime)) return new Response("not found", { status: 404 });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": meta.mime,
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition("inline", attachmentFileName(meta.fileName, meta.mime)),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Cross-Origin-Resource-Policy": "same-origin",
        "Content-Security-Policy": PREVIEW_CSP,
      },
    });
  } catch (e) {
    if (e instanceof ActionError) return new Response("not found", { status: 404 });
    throw e;
  }
}
