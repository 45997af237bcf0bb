// Reviewers deciding while the server is SIGKILLed: the decisions (propose, confirm, send back) are
// the review page's server actions, called as the browser calls them. Every case follows a plan of
// steps by reviewer A and B (four eyes); a step sent but not answered is either committed (the
// reviewer reloads and sees the case moved on) or left no trace (they send it again).
import type pg from "pg";
import { CRASH_BASE, CRASH_DIST, CRASH_LOG, type CrashServer } from "./crash-server";
import { expect } from "./fixtures";
import { actionHeaders, actionsInBuild, jsonReply } from "./server-actions";

type ActionName = "proposeAction" | "confirmAction" | "sendBackAction";
/** reviewer A or B */
type Who = 0 | 1;
interface Step { action: ActionName; by: Who; audit: string; to: string; args: Record<string, unknown> }

const A: Who = 0;
const B: Who = 1;
/** the seeded c09 case's ceiling: 5% of a ¥1.5m increment; at most four awards per organisation stay under its annual cap */
const CEILING_FEN = 7_500_000;
const PROPOSALS = {
  approve: { proposal: "approve", amountFen: CEILING_FEN, reason: "按上限核定" },
  return: { proposal: "return", reason: "材料不全", fixList: ["补充研发投入统计报表"] },
  reject: { proposal: "reject", reason: "不符合第9条条件" },
};
const propose = (by: Who, p: keyof typeof PROPOSALS): Step => ({ action: "proposeAction", by, audit: "propose", to: "proposed", args: PROPOSALS[p] });
const confirm = (by: Who, audit: string, to: string): Step => ({ action: "confirmAction", by, audit, to, args: { note: "复核同意" } });
const sendBack = (by: Who): Step => ({ action: "sendBackAction", by, audit: "send_back", to: "submitted", args: { note: "请重新核定金额" } });

/** what happens to a case, step by step; cases take these in turn */
export const PLANS: Step[][] = [
  [propose(A, "approve"), confirm(B, "confirm_approve", "in_notice")],
  [propose(B, "return"), confirm(A, "confirm_return", "returned")],
  [propose(A, "reject"), confirm(B, "confirm_reject", "rejected")],
  [propose(B, "approve"), sendBack(A), propose(B, "approve"), confirm(A, "confirm_approve", "in_notice")],
  [propose(A, "approve")],
];

const REVIEW_ACTIONS = "app/(review)/review/cases/[id]/actions.ts";

interface Track { caseId: string; plan: Step[]; next: number; version: number; sent: boolean }
/** a step sent again with the version it was first sent with (a retry, a double click) */
interface Replay { t: Track; step: Step; version: number }
type Result = { ok: boolean; error?: string; data?: unknown };

export class DecisionCrash {
  private readonly tracks: Track[];
  private readonly ids: Record<ActionName, string>;
  /** decisions the server answered: case, step, the version it was sent with */
  readonly acked: Replay[] = [];
  /** decisions that committed but whose answer the kill cut off, still to be replayed */
  private readonly replays: Replay[] = [];
  committedUnanswered = 0;
  replayed = 0;
  /** decisions committed while the kills went on (answered or not) */
  committedUnderKills = 0;

  constructor(private readonly db: pg.Client, private readonly cookies: [string, string], caseIds: string[]) {
    this.tracks = caseIds.map((caseId, i) => ({ caseId, plan: PLANS[i % PLANS.length], next: 0, version: 1, sent: false }));
    const actions = actionsInBuild(CRASH_DIST).filter((a) => a.file === REVIEW_ACTIONS);
    const id = (name: ActionName) => {
      const a = actions.find((x) => x.name === name);
      if (!a) throw new Error(`${name} not in the build`);
      return a.id;
    };
    this.ids = { proposeAction: id("proposeAction"), confirmAction: id("confirmAction"), sendBackAction: id("sendBackAction") };
  }

  get decisions(): number {
    return this.tracks.reduce((n, t) => n + t.plan.length, 0);
  }

  get remaining(): number {
    return this.tracks.reduce((n, t) => n + t.plan.length - t.next, 0);
  }

  /** the reviewers' view after a restart: the case's status and version as the review page shows them */
  async reload(): Promise<void> {
    for (const t of this.tracks.filter((x) => x.sent)) {
      const step = t.plan[t.next];
      const { rows: [c] } = await this.db.query(`SELECT status, version FROM "Case" WHERE id = $1`, [t.caseId]);
      t.sent = false;
      if (c.version === t.version) continue; // nothing happened: the reviewer sends it again
      expect(c, `${t.caseId} after an unanswered ${step.action} at version ${t.version}`).toEqual({ status: step.to, version: t.version + 1 });
      this.committedUnanswered++;
      this.replays.push({ t, step, version: t.version });
      t.next++;
      t.version++;
    }
  }

  /**
   * Next steps of `n` cases, each case's committed-but-unanswered decision sent again as it was,
   * and two answered ones again: the server must refuse every repeat.
   */
  batch(n: number): Promise<boolean>[] {
    const open = this.tracks.filter((t) => t.next < t.plan.length);
    const start = open.length ? Math.floor(Math.random() * open.length) : 0;
    const picked = [...open.slice(start), ...open.slice(0, start)].slice(0, n);
    const again = this.acked.length ? [0, 1].map(() => this.acked[Math.floor(Math.random() * this.acked.length)]) : [];
    return [...picked.map((t) => this.send(t)), ...[...this.replays, ...again].map((r) => this.replay(r))];
  }

  /** after the last restart: every step to its end, answered; two reviewers with a few tabs each */
  async finish(): Promise<void> {
    await this.reload();
    while (this.remaining > 0 || this.replays.length > 0) {
      const answered = await Promise.all(this.batch(6));
      expect(answered.every(Boolean), "every decision answered without kills").toBe(true);
    }
  }

  private async send(t: Track): Promise<boolean> {
    const step = t.plan[t.next];
    t.sent = true;
    const res = await this.call(step, t.caseId, t.version);
    if (!res) return false;
    expect(res, `${step.action} on ${t.caseId} at version ${t.version} (server output in ${CRASH_LOG})`).toEqual({ ok: true, data: { status: step.to, version: t.version + 1 } });
    this.acked.push({ t, step, version: t.version });
    t.sent = false;
    t.next++;
    t.version++;
    return true;
  }

  private async replay(r: Replay): Promise<boolean> {
    const res = await this.call(r.step, r.t.caseId, r.version);
    if (!res) return false;
    // stale version; a send-back repeated after the sender proposed again meets their own proposal first
    expect(res.error, `repeat of ${r.step.action} on ${r.t.caseId} at version ${r.version}: ${JSON.stringify(res)}`).toMatch(/^(stale|own_proposal)$/);
    const i = this.replays.indexOf(r);
    if (i >= 0) this.replays.splice(i, 1);
    this.replayed++;
    return true;
  }

  /** the review page's server action as the browser calls it; null when the connection died before an answer */
  private async call(step: Step, caseId: string, version: number): Promise<Result | null> {
    let text: string;
    try {
      const res = await fetch(`${CRASH_BASE}/review/cases/${caseId}`, {
        method: "POST",
        headers: { cookie: this.cookies[step.by], ...actionHeaders(this.ids[step.action], CRASH_BASE) },
        body: jsonReply([{ caseId, version, ...step.args }]),
        signal: AbortSignal.timeout(20_000),
      });
      text = await res.text();
    } catch {
      return null;
    }
    const line = text.split("\n").find((l) => /^[0-9a-f]+:\{"ok":/.test(l));
    if (!line) throw new Error(`${step.action} on ${caseId}: no action result in ${text.slice(0, 300)}`);
    return JSON.parse(line.slice(line.indexOf(":") + 1)) as Result;
  }

  /** kill points while reviewers decide; the batch grows when kills leave more to do than kill points */
  async crash(server: CrashServer, kills: number): Promise<void> {
    for (let k = 0; k < kills; k++) {
      await this.reload();
      const open = this.tracks.filter((t) => t.next < t.plan.length).length;
      const n = Math.min(open, Math.ceil(this.remaining / (kills - k)) + 2);
      await server.killDuring(() => this.batch(n), n);
    }
    await this.reload();
    this.committedUnderKills = this.decisions - this.remaining;
  }

  /**
   * Per case: status and version where the plan ends; exactly one audit event per step, of the
   * step's action and reviewer, chained from status to status with the version it made; one
   * review-action row per proposal, settled by the other reviewer as the plan says; one stored
   * verdict per proposal and approval; every answered decision there with the version it answered.
   */
  async check(reviewerIds: [string, string]): Promise<void> {
    for (const t of this.tracks) {
      const label = `case ${t.caseId}`;
      const { rows: [c] } = await this.db.query(`SELECT status, version FROM "Case" WHERE id = $1`, [t.caseId]);
      expect(c, label).toEqual({ status: t.plan.at(-1)!.to, version: 1 + t.plan.length });
      const { rows: events } = await this.db.query(
        `SELECT action, "actorId", "fromStatus", "toStatus", (data->>'version')::int AS version, data->>'reviewActionId' AS ra
         FROM "AuditEvent" WHERE "caseId" = $1 ORDER BY id`, [t.caseId]);
      const { rows: ras } = await this.db.query(
        `SELECT id, proposal, state, "proposedById", "confirmedById" FROM "ReviewAction" WHERE "caseId" = $1 ORDER BY "createdAt", id`, [t.caseId]);
      let from = "submitted";
      const expectedEvents: unknown[] = [{ action: "submit", fromStatus: "draft", toStatus: "submitted", version: 1 }];
      const expectedRas: unknown[] = [];
      t.plan.forEach((s, i) => {
        expectedEvents.push({ action: s.audit, actorId: reviewerIds[s.by], fromStatus: from, toStatus: s.to, version: i + 2 });
        from = s.to;
        if (s.action !== "proposeAction") return;
        const settler = t.plan[i + 1];
        expectedRas.push({
          proposal: s.args.proposal, proposedById: reviewerIds[s.by],
          state: !settler ? "pending" : settler.action === "sendBackAction" ? "sent_back" : "confirmed",
          confirmedById: settler ? reviewerIds[settler.by] : null,
        });
      });
      expect(events, `${label}: audit events`).toMatchObject(expectedEvents);
      expect(ras, `${label}: review actions`).toMatchObject(expectedRas);
      // a confirmation or send-back names the proposal it settled
      let proposal = -1;
      t.plan.forEach((s, i) => {
        if (s.action === "proposeAction") proposal++;
        else expect(events[i + 1].ra, `${label}: ${s.audit} settles its proposal`).toBe(ras[proposal].id);
      });
      const { rows: [verdicts] } = await this.db.query(
        `SELECT count(*) FILTER (WHERE purpose = 'decision')::int AS decision, count(*) FILTER (WHERE purpose = 'submit')::int AS submit FROM "RuleDecision" WHERE "caseId" = $1`, [t.caseId]);
      const stored = t.plan.filter((s) => s.audit === "propose" || s.audit === "confirm_approve").length;
      expect(verdicts, `${label}: stored verdicts`).toEqual({ decision: stored, submit: 1 });
    }
    // no answered decision lost: its event is there, with the version the answer gave
    for (const a of this.acked) {
      const { rows } = await this.db.query(`SELECT action FROM "AuditEvent" WHERE "caseId" = $1 AND (data->>'version')::int = $2`, [a.t.caseId, a.version + 1]);
      expect(rows, `answered ${a.step.action} on ${a.t.caseId}`).toEqual([{ action: a.step.audit }]);
    }
  }
}
