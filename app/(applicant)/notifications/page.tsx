import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { caseHref, listNotifications } from "@/lib/notifications/inbox";
import { MarkRead } from "./mark-read";
import { formatDateTime } from "@/lib/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.notifications"))("title") };
}

/** Every signed-in role's notifications: status changes of their cases or of their work. */
export default async function NotificationsPage() {
  const user = await guardPage("/notifications");
  const [t, locale, items] = await Promise.all([getTranslations("cases.notifications"), getLocale(), listNotifications(user)]);
  const en = locale === "en";
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="page-title">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{t("unread", { n: unread })}</p>
        </div>
        {unread > 0 && <MarkRead />}
      </div>
      {items.length === 0 ? <EmptyState title={t("empty")} /> : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
          {items.map((n) => {
            const title = en ? n.titleEn : n.titleZh;
            const body = en ? n.bodyEn : n.bodyZh;
            const href = caseHref(user.role, n.caseId);
            return (
              <li key={n.id} className={`flex flex-wrap items-start justify-between gap-2 px-4 py-3 ${n.readAt ? "" : "bg-brand-50"}`} data-testid="notification" data-unread={!n.readAt}>
                <div className="min-w-0">
                  <p className="text-sm font-medium">
                    {!n.readAt && <span className="mr-2 inline-block h-2 w-2 rounded-full bg-gov-red align-middle" aria-hidden />}
                    {!n.readAt && <span className="sr-only">{t("unreadMark")}</span>}
                    {href ? <Link href={href}>{title}</Link> : title}
                  </p>
                  {body && <p className="whitespace-pre-line text-sm text-slate-700">{body}</p>}
                  <p className="text-xs text-slate-600"><time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale)}</time></p>
                </div>
                {!n.readAt && <MarkRead id={n.id} label={title} />}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
