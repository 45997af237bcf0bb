// Environment, read once and validated: a bad value stops the start with a clear message.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server; when absent the launcher starts the embedded PGlite database and sets it */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  /** the owner, for migrations and seeds, when DATABASE_URL is the app role (prisma/tools/database.ts) */
  OWNER_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(8),
  DATA_DIR: z.string().min(1).default(".data"),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  SESSION_MAX_AGE_MIN: z.coerce.number().int().min(5).max(7 * 24 * 60).default(480),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
  /**
   * "1" turns on the test-only controls (the admin's "end the notice now"); anything else is refused
   * at start-up and unset means off, so a production build never offers them by accident.
   */
  DEMO_MODE: z.enum(["0", "1"], "must be 1 (test-only controls on) or 0 (off)").default("0").transform((v) => v === "1"),
  /** HMAC key that signs audit checkpoints; kept outside the database. Unset: no checkpoints
   * (the demo launcher and the e2e server generate one into their data dir) */
  AUDIT_SIGNING_KEY: z.string().min(32, "must be at least 32 characters (e.g. 32 random bytes in hex)").optional(),
  /** where the signed checkpoints are appended (JSON lines, one file per database); default DATA_DIR/audit-checkpoints */
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  /** at most one periodic checkpoint per this many minutes while events are appended; 0: only at payments */
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(5),
  /** reverse proxies in front of the portal that append to X-Forwarded-For (server/client-address.mjs) */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const r = schema.safeParse(process.env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (see .env.example):\n${lines}`);
  }
  return r.data;
}

export const env: Env = load();

/** Whether test-only controls (buttons, actions) exist in this process: DEMO_MODE=1. */
export function demoMode(): boolean {
  return env.DEMO_MODE;
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm run demo` (embedded database) or set DATABASE_URL");
  return url;
}
