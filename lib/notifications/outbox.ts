import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { env } from "../env";

// The outbox: email and SMS to send, written inside the transaction of the change they tell about,
// so a message exists exactly when its change committed; deliverOutbox (deliver.ts) sends them.

export interface OutboxInput {
  channel: "email" | "sms";
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody?: string | null;
  /** a second message with the same key is not written (a retried change mails once) */
  dedupeKey?: string | null;
}

export async function enqueueMessages(tx: Prisma.TransactionClient, rows: OutboxInput[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.outboxMessage.createMany({
    data: rows.map((r) => ({ ...r, htmlBody: r.htmlBody ?? null, dedupeKey: r.dedupeKey ?? null })),
    skipDuplicates: true,
  });
}

/** The portal's public address, for links in messages. */
export function appBaseUrl(): string {
  return env.APP_BASE_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000";
}
