import "server-only";
import { db } from "../db/client";
import { jobQueueReachable } from "../jobs/portal";

// What /api/ready checks: every service a request needs. A check that does not answer within
// CHECK_TIMEOUT_MS counts as failed, so a load balancer's probe never hangs.
const CHECK_TIMEOUT_MS = 5_000;

const CHECKS: Record<string, () => Promise<unknown>> = {
  database: () => db.$queryRaw`SELECT 1`,
  // the scheduled jobs' queue (pg-boss): its tables answer and, where jobs run, this process's worker started
  jobQueue: async () => {
    if (!(await jobQueueReachable())) throw new Error("job queue unreachable");
  },
};

export type Readiness = { ready: boolean; checks: Record<string, "ok" | "failed"> };

async function passes(check: () => Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error("timed out")), CHECK_TIMEOUT_MS); });
  try {
    await Promise.race([check(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function readiness(): Promise<Readiness> {
  const entries = await Promise.all(Object.entries(CHECKS).map(async ([name, check]) => [name, (await passes(check)) ? "ok" : "failed"] as const));
  const checks = Object.fromEntries(entries);
  return { ready: entries.every(([, r]) => r === "ok"), checks };
}
