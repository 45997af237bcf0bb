import "server-only";
import { appendAudit } from "../audit/append";
import { db } from "../db/client";

/**
 * Offers nobody accepted before their round closed become expired (a scheduled job, every 15
 * minutes): the admin's import report and the organisation's home then tell the truth without
 * waiting for someone to click. One UPDATE under the row locks it takes, so an acceptance that
 * holds an offer's lock either finishes first (and the offer is accepted) or finds it expired;
 * the audit names the offers in the same transaction. Safe to run twice: the second run finds none.
 */
export async function expireOffers(now: Date): Promise<{ expired: number }> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; organisationId: string; measureId: string }[]>`
      UPDATE "Offer" SET status = 'expired'
      WHERE status = 'offered' AND "expiresAt" < ${now}
      RETURNING id, "organisationId", "measureId"`;
    if (rows.length > 0) {
      await appendAudit(tx, { caseId: null, actorId: null, action: "offers_expire", fromStatus: null, toStatus: null, data: { at: now.toISOString(), offers: rows } });
    }
    return { expired: rows.length };
  });
}
