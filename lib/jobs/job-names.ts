// The job queues the portal runs (one per scheduled job in lib/jobs/registry.ts). A plain list so
// the migration step (lib/jobs/install.ts) can create the queues without loading the handlers.
export const JOB_NAMES = ["end-notices", "remind-fix-deadlines", "remind-round-closing", "flag-late-stages", "expire-offers", "deliver-outbox"] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** pg-boss keeps its tables in this schema, beside the portal's */
export const JOB_SCHEMA = "pgboss";

/** Queue settings: a run that fails is retried twice, a minute apart; a stuck run expires after 10 minutes. */
export const QUEUE_OPTIONS = { retryLimit: 2, retryDelay: 60, expireInSeconds: 600, deleteAfterSeconds: 7 * 86_400 } as const;
