import { currentUser } from "@/lib/auth/session";
import { importSpec } from "@/lib/offers/columns";
import { templateXlsx, xlsxResponse } from "@/lib/offers/xlsx";

// GET /admin/offers/template?measure=… : a measure's blank 免申即享 list (admins only)
export async function GET(req: Request) {
  const user = await currentUser();
  if (!user) return new Response("unauthenticated", { status: 401 });
  if (user.role !== "admin") return new Response("forbidden", { status: 403 });
  const spec = importSpec(new URL(req.url).searchParams.get("measure") ?? "");
  if (!spec) return new Response("not_found", { status: 404 });
  return xlsxResponse(await templateXlsx(spec), `mianshen-${spec.measure.id}.xlsx`);
}
