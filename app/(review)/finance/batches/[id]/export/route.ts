import { currentUser } from "@/lib/auth/session";
import { writeBatchXlsx } from "@/lib/finance/batch-export";
import { batchDetail } from "@/lib/finance/batch-view";
import { ActionError } from "@/lib/errors";
import { xlsxResponse } from "@/lib/export/xlsx";

export const dynamic = "force-dynamic";

/** The batch's 拨付清单 as an Excel file, streamed: finance only (it carries full account numbers). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("unauthenticated", { status: 401 });
  if (user.role !== "finance") return new Response("forbidden", { status: 403 });
  const { id } = await params;
  const batch = await batchDetail(user, id).catch((e: unknown) => {
    if (e instanceof ActionError) return null;
    throw e;
  });
  if (!batch) return new Response("not found", { status: 404 });
  return xlsxResponse({ zh: `拨付清单-${batch.batchNo}.xlsx`, ascii: `payment-list-${batch.batchNo}.xlsx` }, (out) => writeBatchXlsx(out, batch), "payment batch");
}
