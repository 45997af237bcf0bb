import { PassThrough, Readable } from "node:stream";
import { getLocale } from "next-intl/server";
import { ActionError } from "@/lib/actions/define-action";
import { dashboardFigures } from "@/lib/admin/dashboard";
import { writeDashboardXlsx } from "@/lib/admin/dashboard-export";
import { currentUser } from "@/lib/auth/session";

// GET /admin/dashboard/export?round=… : the dashboard's figures as .xlsx, streamed.
export async function GET(req: Request) {
  const roundId = new URL(req.url).searchParams.get("round") ?? "";
  let figures;
  try {
    figures = await dashboardFigures(await currentUser(), roundId);
  } catch (e) {
    if (e instanceof ActionError) {
      const status = e.code === "unauthenticated" ? 401 : e.code === "forbidden" ? 403 : 404;
      return new Response(e.code, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    throw e;
  }
  const locale = (await getLocale()) === "en" ? "en" : "zh";
  const out = new PassThrough();
  writeDashboardXlsx(figures, out, locale).catch((e) => out.destroy(e as Error));
  const file = `dashboard-${figures.round.year}-${figures.round.id}.xlsx`;
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${file}"`,
      "cache-control": "no-store",
    },
  });
}
