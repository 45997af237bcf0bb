import "server-only";
import { AuthError } from "../auth/session";
import { analyseCreditCode } from "../auth/credit-code";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";

/**
 * The admins' verification queue: pending requests oldest first, each with the organisation as it
 * stands, who asked, what the code says, and for a dispute the accounts that would lose it.
 * Recently decided requests follow, newest first, for the record.
 */
export async function verificationQueue(user: SessionUser) {
  if (user.role !== "admin") throw new AuthError("forbidden");
  const [pending, decided] = await Promise.all([
    db.orgVerification.findMany({ where: { state: "pending" }, orderBy: { createdAt: "asc" }, take: 200, include: { organisation: { include: { users: { select: { id: true, name: true, email: true } } } } } }),
    db.orgVerification.findMany({ where: { state: { not: "pending" } }, orderBy: { decidedAt: "desc" }, take: 20, include: { organisation: { select: { name: true } } } }),
  ]);
  const people = await db.user.findMany({
    where: { id: { in: [...pending.map((v) => v.requestedById), ...decided.flatMap((v) => [v.requestedById, v.decidedById ?? ""])] } },
    select: { id: true, name: true, email: true },
  });
  const who = new Map(people.map((p) => [p.id, p]));
  return {
    pending: pending.map((v) => ({
      ...v,
      requester: who.get(v.requestedById) ?? null,
      analysis: analyseCreditCode(v.creditCode),
      // a dispute's claimant is not among the organisation's users
      earlierUsers: v.kind === "dispute" ? v.organisation.users : [],
    })),
    decided: decided.map((v) => ({ ...v, requester: who.get(v.requestedById) ?? null, decider: who.get(v.decidedById ?? "") ?? null })),
  };
}
