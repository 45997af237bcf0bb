import "server-only";
import { db } from "../db/client";
import { openRoundFor } from "./drafts";

/**
 * The round an apply page tells about: the one open now for the measure, else the next one that
 * will open (published, opening later), else null. `upcoming` says which.
 */
export async function roundToTell(measureId: string, now = new Date()) {
  const open = await openRoundFor(measureId, now);
  if (open) return { round: open, upcoming: false };
  const next = await db.round.findFirst({
    where: { status: "open", opensAt: { gt: now }, measures: { some: { measureId } } },
    orderBy: { opensAt: "asc" },
  });
  return next ? { round: next, upcoming: true } : null;
}
