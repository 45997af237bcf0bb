import { exportNotice } from "@/lib/review/export";
import { xlsxResponse } from "@/lib/export/xlsx";
import { readNoticeFilter } from "@/lib/review/notice";
import { beijingDate } from "@/lib/calendar/working-days";

export const dynamic = "force-dynamic";

/** The public notice list as an Excel file (public data only), streamed as it is written. */
export async function GET(req: Request) {
  const f = readNoticeFilter(Object.fromEntries(new URL(req.url).searchParams));
  const day = beijingDate().replaceAll("-", "");
  return xlsxResponse({ zh: `公示名单-${day}.xlsx`, ascii: `public-notice-${day}.xlsx` }, (out) => exportNotice(out, f), "notice");
}
