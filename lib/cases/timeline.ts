import "server-only";
import { db } from "../db/client";

export interface TimelineEvent {
  id: string;
  action: string;
  toStatus: string | null;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  data: Record<string, unknown>;
}

/** A case's audit events in order, with actor names, for the timeline component. */
export async function caseTimeline(caseId: string): Promise<TimelineEvent[]> {
  const events = await db.auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } });
  const ids = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return events.map((e) => ({
    id: e.id.toString(), action: e.action, toStatus: e.toStatus, createdAt: e.createdAt, actorId: e.actorId,
    actorName: e.actorId ? names.get(e.actorId) ?? null : null, data: (e.data ?? {}) as Record<string, unknown>,
  }));
}
