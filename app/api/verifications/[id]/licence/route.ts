import { contentDisposition } from "@/lib/attachments/file-name";
import { currentUser } from "@/lib/auth/session";
import { readLicence } from "@/lib/organisations/licence";
import { DOWNLOAD_CSP } from "@/lib/security/csp";
import { fail, failFrom } from "../../../_lib/respond";

// GET: the licence of a verification request, for admins and the applicant who sent it; 404 otherwise.
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return fail("unauthenticated");
  try {
    const { meta, bytes } = await readLicence(user, (await params).id);
    // ?inline=1 shows a PDF or image in the browser (the CSP still forbids scripts)
    const inline = new URL(req.url).searchParams.get("inline") === "1";
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": meta.mime,
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", meta.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": DOWNLOAD_CSP,
      },
    });
  } catch (e) {
    return failFrom(e);
  }
}
