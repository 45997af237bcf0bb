import "server-only";
import { env } from "../env";
import { deliverOutbox } from "../notifications/deliver";
import { expireOffers } from "../offers/expire";
import { endDueNotices } from "../review/end-notice";
import { remindFixDeadlines, remindRoundClosing } from "./reminders";
import { flagLateStages } from "./stage-limits";

/**
 * A scheduled job: a queue name, a cron schedule (UTC, minute resolution; pg-boss sends one job
 * per occurrence however many app processes run, and one worker takes it) and a handler that
 * takes the time to act as of. Handlers must be safe to run twice: every one of them changes a
 * case through the state machine (its version guard) or writes a JobMark with its message.
 */
export interface ScheduledJob {
  name: string;
  cron: string;
  handler: (now: Date) => Promise<unknown>;
}

export const JOBS: readonly ScheduledJob[] = [
  // a notice ends at its end time: checked every minute
  { name: "end-notices", cron: "* * * * *", handler: endDueNotices },
  { name: "remind-fix-deadlines", cron: "*/15 * * * *", handler: remindFixDeadlines },
  { name: "remind-round-closing", cron: "*/15 * * * *", handler: remindRoundClosing },
  { name: "flag-late-stages", cron: "*/15 * * * *", handler: flagLateStages },
  // 免申即享 offers not accepted before their round closed
  { name: "expire-offers", cron: "*/15 * * * *", handler: expireOffers },
  // mail and SMS: cron runs once a minute, so the run keeps sending for most of its minute
  { name: "deliver-outbox", cron: "* * * * *", handler: deliverOutboxForAMinute },
];

/**
 * The outbox's sender: one job a minute (one process takes it), which sends what is due, then
 * looks again every JOBS_POLL_SECONDS until the minute is nearly over, so a message leaves within
 * seconds of its change, not up to a minute later. deliverOutbox claims rows with SKIP LOCKED: an
 * overlapping run sends nothing twice.
 */
async function deliverOutboxForAMinute(now: Date): Promise<void> {
  const until = Date.now() + 50_000;
  await deliverOutbox({ now });
  while (Date.now() + env.JOBS_POLL_SECONDS * 1000 < until) {
    await new Promise((r) => setTimeout(r, env.JOBS_POLL_SECONDS * 1000));
    await deliverOutbox({ now: new Date() });
  }
}
