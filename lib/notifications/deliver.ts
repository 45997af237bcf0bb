import "server-only";
import { db } from "../db/client";
import type { OutboxChannel } from "../generated/prisma/client";
import { driversFromEnv, type Drivers, type Outgoing } from "./drivers";

// Sends what the outbox holds. Safe to call often and from several processes at once: each call
// claims due messages with FOR UPDATE SKIP LOCKED and, in the same statement, moves their next
// attempt forward by the back-off, so no other call takes them while they are being sent and a
// sender that dies mid-way leaves them to be tried again when that time comes. Nothing is lost:
// a message is only marked sent after its driver returned, and failed after MAX_ATTEMPTS.

export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60_000;

/** Wait after the n-th attempt (1-based): 1, 2, 4 … minutes, at most 6 hours. Longer than any send may take. */
export function backoffMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** (attempt - 1), LONGEST_RETRY_MS);
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

type Claimed = Outgoing & { channel: OutboxChannel; attempts: number };

export async function deliverOutbox({ now = new Date(), limit = 50, drivers = driversFromEnv() }: { now?: Date; limit?: number; drivers?: Drivers } = {}): Promise<DeliveryResult> {
  const channels = (["email", "sms"] as const).filter((c) => drivers[c]);
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  if (channels.length === 0) return result;
  const claimed = await claim(channels, now, limit);
  for (const m of claimed) {
    try {
      await drivers[m.channel]!.send(m);
      await db.outboxMessage.update({ where: { id: m.id }, data: { status: "sent", sentAt: new Date(), lastError: null } });
      result.sent++;
    } catch (e) {
      const gaveUp = m.attempts >= MAX_ATTEMPTS;
      // the next attempt time was set by the claim; only the outcome is recorded here
      await db.outboxMessage.update({ where: { id: m.id }, data: { lastError: errorText(e), ...(gaveUp ? { status: "failed" } : {}) } });
      if (gaveUp) result.failed++;
      else result.retried++;
    }
  }
  return result;
}

/** Takes up to `limit` due messages: counts the attempt and pushes the next one back, in one statement. */
async function claim(channels: OutboxChannel[], now: Date, limit: number): Promise<Claimed[]> {
  // the back-off per attempt number, as a SQL array indexed by the new attempt count
  const waits = Array.from({ length: MAX_ATTEMPTS }, (_, i) => backoffMs(i + 1));
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" o SET
      "attempts" = o."attempts" + 1,
      "nextAttemptAt" = ${now}::timestamp + make_interval(secs => (${waits}::int[])[LEAST(o."attempts" + 1, ${MAX_ATTEMPTS}::int)] / 1000.0)
    WHERE o."id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now}::timestamp AND "channel"::text = ANY(${channels}::text[])
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING o."id", o."channel", o."recipient", o."subject", o."textBody", o."htmlBody", o."attempts"`;
}

function errorText(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return s.slice(0, 500);
}
