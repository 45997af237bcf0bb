// The case lifecycle as one table. Pure (no database): the server's state machine enforces it and
// pages derive their status sets and buttons from it, so "which statuses…" is answered here only.

export type ActorRole = "applicant" | "reviewer" | "finance" | "admin" | "public" | "system";

/**
 * Separation of duties: on one case a person takes at most one of these parts (a reviewer who
 * proposed may propose again after a return, but never confirm, dismiss an objection or pay).
 */
export type Duty = "propose" | "confirm" | "dismiss" | "pay";

interface Transition {
  from: readonly string[];
  to: string;
  roles: readonly ActorRole[];
  duty?: Duty;
  /** four eyes: the actor must not be who took this earlier action (the latest one on the case) */
  secondTo?: string;
  /** grant: the case now holds an award (approvedFen); revoke: it no longer does */
  award?: "grant" | "revoke";
}

export const TRANSITIONS = {
  submit: { from: ["draft"], to: "submitted", roles: ["applicant"] },
  resubmit: { from: ["returned"], to: "submitted", roles: ["applicant"] },
  // a draft never submitted is deleted (kept as discarded for the audit trail); 撤回 is for submitted cases
  discard: { from: ["draft"], to: "discarded", roles: ["applicant"] },
  withdraw: { from: ["submitted", "returned"], to: "withdrawn", roles: ["applicant"] },
  propose: { from: ["submitted"], to: "proposed", roles: ["reviewer"], duty: "propose" },
  confirm_approve: { from: ["proposed"], to: "in_notice", roles: ["reviewer"], duty: "confirm", secondTo: "propose", award: "grant" },
  confirm_return: { from: ["proposed"], to: "returned", roles: ["reviewer"], duty: "confirm", secondTo: "propose" },
  confirm_reject: { from: ["proposed"], to: "rejected", roles: ["reviewer"], duty: "confirm", secondTo: "propose" },
  send_back: { from: ["proposed"], to: "submitted", roles: ["reviewer"], duty: "confirm", secondTo: "propose" },
  object: { from: ["in_notice"], to: "objected", roles: ["public", "applicant", "reviewer", "finance", "admin"] },
  uphold_objection: { from: ["objected"], to: "submitted", roles: ["reviewer"], award: "revoke" },
  propose_dismissal: { from: ["objected"], to: "objected", roles: ["reviewer"], duty: "dismiss" },
  dismiss_objection: { from: ["objected"], to: "in_notice", roles: ["reviewer"], duty: "dismiss", secondTo: "propose_dismissal" },
  end_notice: { from: ["in_notice"], to: "payable", roles: ["system", "admin"] },
  pay: { from: ["payable"], to: "paid", roles: ["finance"], duty: "pay" },
} as const satisfies Record<string, Transition>;

export type CaseAction = keyof typeof TRANSITIONS;
type Table = typeof TRANSITIONS;
const ACTIONS = Object.keys(TRANSITIONS) as CaseAction[];
const row = (a: CaseAction): Transition => TRANSITIONS[a];

/** Every status, in the order the lifecycle first reaches it. */
export const CASE_STATUSES = [...new Set(["draft", ...ACTIONS.flatMap((a) => [...row(a).from, row(a).to])])] as readonly CaseStatus[];
export type CaseStatus = Table[CaseAction]["from"][number] | Table[CaseAction]["to"];

export function allowed(action: CaseAction, from: string, role: ActorRole): boolean {
  const t = row(action);
  return t.from.includes(from) && t.roles.includes(role);
}

/** The actions a role may take from a status (what the buttons offer; the server checks again). */
export function actionsFrom(status: string, role: ActorRole): CaseAction[] {
  return ACTIONS.filter((a) => allowed(a, status, role));
}

const fromOf = (a: CaseAction) => row(a).from as readonly CaseStatus[];

/** The applicant may still change answers and documents (the statuses a submit starts from). */
export const EDITABLE: CaseStatus[] = [...new Set([...fromOf("submit"), ...fromOf("resubmit")])];
export const WITHDRAWABLE: CaseStatus[] = [...fromOf("withdraw")];

/** Statuses in which the case holds an award: reached by a grant, left only by a revoke. */
export const AWARDED: CaseStatus[] = (() => {
  const out = new Set<string>();
  const todo = ACTIONS.filter((a) => row(a).award === "grant").map((a) => row(a).to);
  while (todo.length) {
    const s = todo.pop()!;
    if (out.has(s)) continue;
    out.add(s);
    for (const a of ACTIONS) if (row(a).from.includes(s) && row(a).award !== "revoke") todo.push(row(a).to);
  }
  return CASE_STATUSES.filter((s) => out.has(s));
})();

/** Statuses no action leaves. */
export const FINAL: CaseStatus[] = CASE_STATUSES.filter((s) => !ACTIONS.some((a) => row(a).from.includes(s)));

/** Live claims (rule 8): submitted and not yet final. */
export const LIVE: CaseStatus[] = CASE_STATUSES.filter((s) => s !== "draft" && !FINAL.includes(s));

export const isEditable = (status: string) => (EDITABLE as readonly string[]).includes(status);
export const isAwarded = (status: string) => (AWARDED as readonly string[]).includes(status);

export function dutyOf(action: string): Duty | undefined {
  return (TRANSITIONS as Record<string, Transition>)[action]?.duty;
}

/** The actions that count as each duty (for looking them up in the audit log). */
export const DUTY_ACTIONS: readonly CaseAction[] = ACTIONS.filter((a) => row(a).duty);

export function secondTo(action: CaseAction): string | undefined {
  return row(action).secondTo;
}
