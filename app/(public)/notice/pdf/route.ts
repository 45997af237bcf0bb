import { renderNoticeList } from "@/lib/documents/case-documents";
import { pdfResponse } from "@/lib/documents/pdf-response";

export const dynamic = "force-dynamic";

/** A round's public notice list (公示名单) as a PDF: public, the same data the /notice page shows. */
export async function GET(req: Request) {
  const round = new URL(req.url).searchParams.get("round") ?? "";
  const doc = await renderNoticeList(round);
  if (!doc) return new Response("not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return pdfResponse(doc, "public");
}
