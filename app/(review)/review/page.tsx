import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/guard-page";
import { queueView } from "@/lib/review/queue";
import { countLabel, queueQuery, readQueueFilter, TABS } from "@/lib/review/queue-filter";
import { QueueFilters } from "./queue-filters";
import { QueueTable } from "./queue-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.queue"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The reviewer's queue: a plain GET form (works without JavaScript, every view has a URL), tabs by
// stage, keyset pages on (submittedAt, id).
export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await guardPage("/review", "reviewer", "admin");
  const f = readQueueFilter(await searchParams);
  const [t, locale, { bureau, page, counts, rounds }] = await Promise.all([getTranslations("review.queue"), getLocale(), queueView(user, f)]);
  const exportHref = `/review/export${queueQuery(f)}`;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="page-title">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-700" data-testid="bureau-name">
            {bureau ? t("bureau", { bureau: locale === "en" ? bureau.nameEn : bureau.nameZh }) : t("allBureaus")}
          </p>
        </div>
        <a href={exportHref} className="btn-secondary" data-testid="queue-export" download>{t("export")}</a>
      </div>

      <nav aria-label={t("tabsLabel")} className="-mx-4 overflow-x-auto px-4">
        <ul className="flex min-w-max gap-1 border-b border-slate-200">
          {TABS.map((tab) => {
            const active = tab === f.tab;
            return (
              <li key={tab}>
                <Link
                  href={`/review${queueQuery({ ...f, tab, status: "" })}`}
                  aria-current={active ? "page" : undefined}
                  className={`-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm no-underline hover:no-underline ${active ? "border-brand-600 font-semibold text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300"}`}
                  data-testid={`tab-${tab}`}
                >
                  {t(`tabs.${tab}`)}
                  <span className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${active ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-700"}`}>{countLabel(counts[tab], locale)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <QueueFilters user={user} filter={f} rounds={rounds} />
      <QueueTable user={user} rows={page.rows} filter={f} />

      {(page.prev || page.next) && (
        <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex gap-2">
            {page.prev && <Link href={`/review${queueQuery(f)}`} className="btn-secondary">{t("first")}</Link>}
            {page.prev && <Link href={`/review${queueQuery(f, { before: page.prev })}`} className="btn-secondary" rel="prev">{t("prev")}</Link>}
          </div>
          {page.next && <Link href={`/review${queueQuery(f, { after: page.next })}`} className="btn-secondary" rel="next" data-testid="next-page">{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
