import { getLocale } from "next-intl/server";
import { ActionError } from "@/lib/actions/define-action";
import { currentUser } from "@/lib/auth/session";
import { getImport } from "@/lib/offers/import";
import { reportXlsx, xlsxResponse } from "@/lib/offers/xlsx";

// GET /admin/offers/:id/report : an import's result row by row, as .xlsx (admins only)
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("unauthenticated", { status: 401 });
  try {
    const imp = await getImport(user, (await params).id);
    const locale = (await getLocale()) === "en" ? "en" : "zh";
    return xlsxResponse(await reportXlsx(imp.report, locale), `mianshen-result-${imp.id}.xlsx`);
  } catch (e) {
    if (e instanceof ActionError) return new Response(e.code, { status: e.code === "forbidden" ? 403 : 404 });
    throw e;
  }
}
