import "server-only";
import { PgBoss } from "pg-boss";
import { systemClock, type Clock } from "./clock";
import { JOB_SCHEMA, QUEUE_OPTIONS } from "./job-names";
import { JOBS, type ScheduledJob } from "./registry";

export interface JobQueueOptions {
  url: string;
  /** the time handlers act as of (tests pass a fixed clock) */
  clock?: Clock;
  pollSeconds?: number;
  jobs?: readonly ScheduledJob[];
  /** schedule the jobs' cron occurrences (tests that send jobs themselves turn it off) */
  schedule?: boolean;
}

/**
 * Starts a pg-boss worker on the portal's database for every scheduled job. Every app process may
 * start one: pg-boss sends one job per cron occurrence across all of them (a singleton slot) and
 * one worker claims it (SKIP LOCKED); the handlers are idempotent besides. The schema and queues
 * exist already (lib/jobs/install.ts, run with the migrations as the owner).
 */
export async function startJobQueue(opts: JobQueueOptions): Promise<PgBoss> {
  const clock = opts.clock ?? systemClock;
  const poll = opts.pollSeconds ?? 10;
  const jobs = opts.jobs ?? JOBS;
  const boss = new PgBoss({
    connectionString: opts.url, schema: JOB_SCHEMA, max: 2, application_name: "weihai-jobs",
    schedule: opts.schedule ?? true, cronWorkerIntervalSeconds: poll, cronMonitorIntervalSeconds: poll,
    // the app role may not rebuild indexes or change the schema: `npm run db:migrate` does that
    migrate: false, createSchema: false, reindex: false,
  });
  boss.on("error", (e: Error) => console.error(`job queue: ${e.message}`));
  await boss.start();
  for (const job of jobs) {
    if (!(await boss.getQueue(job.name))) await boss.createQueue(job.name, QUEUE_OPTIONS);
    await boss.work(job.name, { pollingIntervalSeconds: poll, batchSize: 1 }, async () => {
      await job.handler(clock.now());
    });
    if (opts.schedule ?? true) await boss.schedule(job.name, job.cron, null, { tz: "UTC" });
  }
  return boss;
}
