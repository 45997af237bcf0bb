import { ActionError } from "@/lib/actions/define-action";
import { readAttachment } from "@/lib/attachments/store";
import { currentUser } from "@/lib/auth/session";

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
    const ascii = meta.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": meta.mime,
        "Content-Length": String(bytes.length),
        "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  } catch (e) {
    if (e instanceof ActionError) return new Response("not found", { status: 404 });
    throw e;
  }
}
