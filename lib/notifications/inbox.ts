import "server-only";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";

// A user's in-app notifications (written by lib/cases/notify.ts on every status change).

/** the bell counts unread notifications up to this many (it shows "99+" above 99) */
export const UNREAD_CAP = 100;

/**
 * The user's unread notifications, counted up to UNREAD_CAP, as a SQL expression on the column that
 * holds the user's id: the session's statement carries it (lib/auth/session.ts), so the header's
 * bell costs no statement of its own on every page.
 */
export const unreadSql = (userIdColumn: string) =>
  `(SELECT count(*)::int FROM (SELECT 1 FROM "Notification" n WHERE n."userId" = ${userIdColumn} AND n."readAt" IS NULL LIMIT ${UNREAD_CAP}) unread)`;

export function listNotifications(user: SessionUser, take = 100) {
  return db.notification.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, caseId: true, titleZh: true, titleEn: true, bodyZh: true, bodyEn: true, readAt: true, createdAt: true },
  });
}

/** Marks one of the user's own notifications read; someone else's looks like one that does not exist. */
export async function markRead(user: SessionUser, id: string) {
  const res = await db.notification.updateMany({ where: { id, userId: user.id }, data: { readAt: new Date() } });
  if (res.count !== 1) throw new ActionError("not_found");
}

export async function markAllRead(user: SessionUser): Promise<number> {
  const res = await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return res.count;
}

/** Where a notification about a case leads, by role (shared with the mail: compose.ts). */
export { caseHref } from "./compose";
