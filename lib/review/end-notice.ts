import "server-only";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { requireCaseAccess } from "../cases/access";
import { transitionInTx } from "../cases/state-machine";
import { db } from "../db/client";
import { demoMode } from "../env";
import { parseInput } from "./input";
import { endNoticeSchema } from "./schemas";

const BATCH = 200;

/**
 * Ends every public notice that is due: in notice, noticeEndsAt passed, no open objection.
 * Each case moves to payable in its own transaction (actor system); a case someone else moved
 * meanwhile is skipped. Returns how many were ended. Idempotent: safe to run on every page load.
 */
export async function endDueNotices(now = new Date()): Promise<number> {
  let ended = 0;
  let after = "";
  for (;;) {
    const due = await db.case.findMany({
      where: { status: "in_notice", noticeEndsAt: { lte: now }, objections: { none: { state: "open" } }, id: { gt: after } },
      select: { id: true, version: true, noticeEndsAt: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const c of due) {
      try {
        await db.$transaction((tx) => transitionInTx(tx, {
          caseId: c.id, action: "end_notice", actor: { id: null, role: "system" }, expectedVersion: c.version,
          data: { noticeEndsAt: c.noticeEndsAt?.toISOString() },
        }));
        ended++;
      } catch (e) {
        if (!(e instanceof ActionError && (e.code === "stale" || e.code === "bad_state"))) throw e;
      }
    }
    if (due.length < BATCH) return ended;
    after = due[due.length - 1].id;
  }
}

/**
 * Admin, in a demo only (DEMO_MODE=1): ends one case's notice now, recorded as such. Without the
 * flag it is forbidden to everyone, so no one can skip the 7-day notice on a real installation;
 * tests move the notice's end in the database and let endDueNotices end it.
 */
export async function endNoticeNow(user: SessionUser, raw: { caseId: string; version: number }, now = new Date()) {
  if (!demoMode()) throw new ActionError("forbidden");
  const input = parseInput(endNoticeSchema, raw);
  if (user.role !== "admin") throw new ActionError("not_found");
  const c = await requireCaseAccess(user, input.caseId, "read");
  return db.$transaction(async (tx) => {
    const open = await tx.objection.count({ where: { caseId: c.id, state: "open" } });
    if (open > 0) throw new ActionError("objection_open");
    return transitionInTx(tx, {
      caseId: c.id, action: "end_notice", actor: { id: user.id, role: "admin" }, expectedVersion: input.version,
      patch: { noticeEndsAt: now },
      data: { manual: true, reason: "管理员立即结束公示（测试用）", scheduledEnd: c.noticeEndsAt?.toISOString() },
    });
  });
}
