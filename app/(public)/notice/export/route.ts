import { PassThrough, Readable } from "node:stream";
import { attachmentHeader, exportNotice } from "@/lib/review/export";
import { readNoticeFilter } from "@/lib/review/notice";
import { beijingDate } from "@/lib/review/working-days";

export const dynamic = "force-dynamic";

/** The public notice list as an Excel file (public data only), streamed as it is written. */
export async function GET(req: Request) {
  const f = readNoticeFilter(Object.fromEntries(new URL(req.url).searchParams));
  const out = new PassThrough();
  exportNotice(out, f).catch((e) => {
    console.error("notice export failed", e);
    out.destroy(e as Error);
  });
  const day = beijingDate().replaceAll("-", "");
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": attachmentHeader(`公示名单-${day}.xlsx`, `public-notice-${day}.xlsx`),
      "cache-control": "no-store",
    },
  });
}
