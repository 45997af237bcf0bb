import { currentUser } from "@/lib/auth/session";
import { exportQueue } from "@/lib/review/export";
import { xlsxResponse } from "@/lib/export/xlsx";
import { readQueueFilter } from "@/lib/review/queue-filter";
import { beijingDate } from "@/lib/calendar/working-days";

export const dynamic = "force-dynamic";

/** The filtered queue as an Excel file, streamed as it is written (same filter as /review). */
export async function GET(req: Request) {
  const user = await currentUser();
  if (!user) return new Response("unauthenticated", { status: 401 });
  if (user.role !== "reviewer" && user.role !== "admin") return new Response("forbidden", { status: 403 });
  const f = readQueueFilter(Object.fromEntries(new URL(req.url).searchParams));
  const day = beijingDate().replaceAll("-", "");
  return xlsxResponse({ zh: `审核队列-${day}.xlsx`, ascii: `review-queue-${day}.xlsx` }, (out) => exportQueue(out, user, f), "queue");
}
