import { PassThrough, Readable } from "node:stream";
import { currentUser } from "@/lib/auth/session";
import { attachmentHeader, exportQueue } from "@/lib/review/export";
import { readQueueFilter } from "@/lib/review/queue-filter";
import { beijingDate } from "@/lib/review/working-days";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The filtered queue as an Excel file, streamed as it is written (same filter as /review). */
export async function GET(req: Request) {
  const user = await currentUser();
  if (!user) return new Response("unauthenticated", { status: 401 });
  if (user.role !== "reviewer" && user.role !== "admin") return new Response("forbidden", { status: 403 });
  const f = readQueueFilter(Object.fromEntries(new URL(req.url).searchParams));
  const out = new PassThrough();
  exportQueue(out, user, f).catch((e) => {
    console.error("queue export failed", e);
    out.destroy(e as Error);
  });
  const day = beijingDate().replaceAll("-", "");
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "content-type": XLSX,
      "content-disposition": attachmentHeader(`审核队列-${day}.xlsx`, `review-queue-${day}.xlsx`),
      "cache-control": "no-store",
    },
  });
}
