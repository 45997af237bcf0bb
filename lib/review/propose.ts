import "server-only";
import type { Decision } from "@/rules";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { requireCaseAccess } from "../cases/access";
import { evaluateCase } from "../cases/rules-input";
import { transitionInTx } from "../cases/state-machine";
import { db } from "../db/client";
import { assertWithinBudget } from "./budget";
import { recordDecision } from "./decision-record";
import { parseInput } from "./input";
import { proposeSchema, type ProposeInput } from "./schemas";

/** An approval must respect the rules as they are now: eligible, within (or at a fixed) ceiling, reasoned when below it. */
export function checkApproval(d: Decision, amountFen: number, reason: string, storedCeilingFen: number | null): void {
  const detail = { ceilingFen: d.ceilingFen, amountFen, ...(storedCeilingFen !== null && storedCeilingFen !== d.ceilingFen ? { storedCeilingFen } : {}) };
  if (!d.eligible) throw new ActionError("not_eligible", undefined, detail);
  if (amountFen > d.ceilingFen) throw new ActionError("above_ceiling", { amountFen: "above_ceiling" }, detail);
  if (d.fixed && amountFen !== d.ceilingFen) throw new ActionError("fixed_amount", { amountFen: "fixed_amount" }, detail);
  if (amountFen < d.ceilingFen && !reason.trim()) throw new ActionError("validation", { reason: "reason_below_ceiling" }, detail);
}

/**
 * First reviewer's proposal (approve / return / reject). The rules run again with the history and
 * parameters as they are now; that verdict is stored and its ceiling is the one enforced, also
 * when it differs from the ceiling computed at submission (the difference is recorded).
 */
export async function propose(user: SessionUser, raw: ProposeInput) {
  const input = parseInput(proposeSchema, raw);
  const c = await requireCaseAccess(user, input.caseId, "review");
  return db.$transaction(async (tx) => {
    const d = await evaluateCase(tx, c);
    const stored = c.ceilingFen === null ? null : Number(c.ceilingFen);
    const amountFen = input.proposal === "approve" ? input.amountFen : null;
    if (input.proposal === "approve") {
      checkApproval(d, input.amountFen, input.reason, stored);
      await assertWithinBudget(tx, c, input.amountFen);
    }
    const fixList = input.proposal === "return" ? input.fixList : undefined;
    return transitionInTx(tx, {
      caseId: c.id,
      action: "propose",
      actor: { id: user.id, role: "reviewer" },
      expectedVersion: input.version,
      patch: { ceilingFen: BigInt(d.ceilingFen) },
      // "note", not "reason": a proposal is internal until a second reviewer confirms it
      data: {
        proposal: input.proposal, amountFen, note: input.reason, fixList,
        ceilingFen: d.ceilingFen, ...(stored !== d.ceilingFen ? { storedCeilingFen: stored } : {}),
      },
      also: async (t) => {
        await recordDecision(t, c, d);
        await t.reviewAction.create({
          data: {
            caseId: c.id, proposal: input.proposal, amountFen: amountFen === null ? null : BigInt(amountFen),
            reason: input.reason || null, fixList: fixList ?? undefined, proposedById: user.id,
          },
        });
      },
    });
  });
}
