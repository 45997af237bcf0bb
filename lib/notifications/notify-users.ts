import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { absoluteUrl, caseHref, composeMail, composeSms, type Role } from "./compose";
import { appBaseUrl, enqueueMessages, type OutboxInput } from "./outbox";

/** One message for one user, written in the transaction of the change it tells about. */
export interface NotificationInput {
  userId: string;
  caseId?: string | null;
  titleZh: string;
  titleEn: string;
  bodyZh?: string | null;
  bodyEn?: string | null;
}

/**
 * The one door for telling people something: every status change, reminder and notice goes
 * through here, inside the transaction of the change it reports, so a message exists exactly
 * when its change committed. Each row is an in-app notification, an email to the user's address
 * and, when the user has a phone number, an SMS; the mail and SMS wait in the outbox until
 * deliverOutbox sends them (a rolled-back change leaves neither).
 */
export type Recipient = { id: string; email: string; phone: string | null; role: Role };

/**
 * `activeRecipients`: the active users among the rows' users as the caller read them in this
 * transaction (saves a read on a hot path such as submit); read here otherwise.
 */
export async function notifyUsers(tx: Prisma.TransactionClient, rows: NotificationInput[], activeRecipients?: readonly Recipient[]): Promise<void> {
  if (rows.length === 0) return;
  const created = await tx.notification.createManyAndReturn({
    data: rows.map((r) => ({ ...r, caseId: r.caseId ?? null })),
    select: { id: true, userId: true, caseId: true, titleZh: true, titleEn: true, bodyZh: true, bodyEn: true },
  });
  const users = activeRecipients ?? await tx.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.userId))] }, active: true },
    select: { id: true, email: true, phone: true, role: true },
  });
  await enqueueMessages(tx, outboxRowsFor(created, users));
}

/** The mail and, for a user with a phone number, the SMS of each created notification (deactivated users: none). */
export function outboxRowsFor(
  created: readonly { id: string; userId: string; caseId: string | null; titleZh: string; titleEn: string; bodyZh: string | null; bodyEn: string | null }[],
  users: readonly Recipient[],
): OutboxInput[] {
  const byId = new Map(users.map((u) => [u.id, u]));
  const base = appBaseUrl();
  const out: OutboxInput[] = [];
  for (const n of created) {
    const u = byId.get(n.userId);
    if (!u) continue; // a deactivated account gets the in-app note only
    const path = caseHref(u.role, n.caseId);
    const url = absoluteUrl(base, path ?? "/notifications");
    const link = path ? { url, zh: "查看详情", en: "Open it in the portal" } : { url, zh: "查看通知", en: "See your notifications" };
    const mail = composeMail(n, link);
    out.push({ channel: "email", recipient: u.email, subject: mail.subject, textBody: mail.text, htmlBody: mail.html, dedupeKey: `notification:${n.id}:email` });
    if (u.phone) out.push({ channel: "sms", recipient: u.phone, subject: n.titleZh, textBody: composeSms(n, url), dedupeKey: `notification:${n.id}:sms` });
  }
  return out;
}
