import "server-only";
import type { PgBoss } from "pg-boss";
import { db } from "../db/client";
import { databaseUrl, env } from "../env";
import { JOB_SCHEMA } from "./job-names";
import { startJobQueue } from "./queue";

// The worker this process runs (instrumentation.ts starts it with the portal); on globalThis so a
// dev server's module reload does not start a second one.
const g = globalThis as unknown as { __jobQueue?: Promise<PgBoss | null> };

/** Starts this process's job worker once, unless JOBS_ENABLED=0. A failure is logged, not fatal: pages still serve and the readiness check reports it. */
export function startPortalJobs(): Promise<PgBoss | null> {
  if (!env.JOBS_ENABLED) return Promise.resolve(null);
  g.__jobQueue ??= startJobQueue({ url: databaseUrl(), pollSeconds: env.JOBS_POLL_SECONDS })
    .then((boss) => {
      console.log(`> scheduled jobs running (pg-boss, polling every ${env.JOBS_POLL_SECONDS} s)`);
      return boss;
    })
    .catch((e: unknown) => {
      console.error(`job queue did not start: ${(e as Error).message}`);
      g.__jobQueue = undefined;
      return null;
    });
  return g.__jobQueue;
}

/**
 * Readiness of the job queue for the health endpoint: its tables answer on the database and, when
 * this process runs jobs (JOBS_ENABLED), its worker is started.
 */
export async function jobQueueReachable(): Promise<boolean> {
  try {
    await db.$queryRawUnsafe(`SELECT version FROM ${JOB_SCHEMA}.version LIMIT 1`);
  } catch {
    return false;
  }
  if (!env.JOBS_ENABLED) return true;
  return (await (g.__jobQueue ?? Promise.resolve(null))) !== null;
}
