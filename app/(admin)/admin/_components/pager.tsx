import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the rest of the query. */
export async function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("admin.common");
  return (
    <nav aria-label={t("pagination")} className="mt-3 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="btn-secondary" rel="prev">{t("prev")}</Link> : <span />}
      <span className="text-slate-600" aria-current="page">{t("page", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)} className="btn-secondary" rel="next">{t("next")}</Link> : <span />}
    </nav>
  );
}
