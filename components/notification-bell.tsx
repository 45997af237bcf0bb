import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UNREAD_CAP } from "@/lib/notifications/inbox";

/** The header's bell: a link to /notifications with the number of unread ones (read with the session, up to 100). */
export async function NotificationBell({ unread: n }: { unread: number }) {
  const t = await getTranslations("cases.notifications");
  const shown = n >= UNREAD_CAP ? "99+" : n;
  return (
    <Link href="/notifications" className="relative inline-flex h-8 w-8 items-center justify-center rounded text-white hover:bg-white/10"
      aria-label={n ? t("bellUnread", { n: shown }) : t("bell")} data-testid="notification-bell">
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Z" strokeLinejoin="round" />
        <path d="M10 20a2 2 0 0 0 4 0" strokeLinecap="round" />
      </svg>
      {n > 0 && (
        <span aria-hidden className="absolute -right-1 -top-1 min-w-4 rounded-full bg-gov-red px-1 text-center text-[10px] font-bold leading-4 text-white" data-testid="unread-count">
          {shown}
        </span>
      )}
    </Link>
  );
}
