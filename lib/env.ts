// Environment, read once and validated: a bad value stops the start with a clear message.
import { z } from "zod";

/** an empty value (OIDC_ISSUER= in an env file) means unset */
const unsetIfEmpty = <T extends z.ZodType>(t: T) => z.preprocess((v) => (v === "" ? undefined : v), t.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server; when absent the launcher starts the embedded PGlite database and sets it */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  /** the owner, for migrations and seeds, when DATABASE_URL is the app role (prisma/tools/database.ts) */
  OWNER_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(8),
  /**
   * connections the pool opens when the server starts and keeps open when idle (at most DB_POOL_MAX):
   * a burst after a quiet spell (the pool closes other idle connections after 10 s) does not wait
   * for PostgreSQL to start backends and fill their caches
   */
  DB_POOL_MIN: z.coerce.number().int().min(0).max(100).default(4),
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
  /**
   * where uploaded files go (lib/storage/blobs.ts): "disk" under DATA_DIR/uploads (one server, the
   * embedded default) or "postgres" (a table every app server on the database shares)
   */
  STORAGE_DRIVER: z.enum(["disk", "postgres"], "must be disk or postgres").default("disk"),
  /** the JSON logs' level (server/logger.mjs reads it; validated here with the rest) */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "must be fatal, error, warn, info, debug, trace or silent").default("info"),
  /** bearer token for GET /api/metrics; unset: the endpoint answers 404 */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** reverse proxies in front of the portal that append to X-Forwarded-For (server/client-address.mjs) */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** "1" (default): this process runs the scheduled jobs (pg-boss on the portal's database); "0": it serves pages only */
  JOBS_ENABLED: z.enum(["0", "1"], "must be 1 (run scheduled jobs) or 0 (do not)").default("1").transform((v) => v === "1"),
  /** how often, in seconds, workers look for due jobs and the scheduler for due occurrences (1–45) */
  JOBS_POLL_SECONDS: z.coerce.number().int().min(1).max(45).default(10),
  /**
   * Provincial real-name sign-in (OpenID Connect, e.g. 爱山东; lib/auth/oidc/): on when OIDC_ISSUER is
   * set, and then client id and secret are required. https, or http on a loopback address (tests).
   */
  OIDC_ISSUER: unsetIfEmpty(z.url().refine(isHttpsOrLoopback, "must be an https:// URL (http only on 127.0.0.1 or localhost)")),
  OIDC_CLIENT_ID: unsetIfEmpty(z.string()),
  OIDC_CLIENT_SECRET: unsetIfEmpty(z.string()),
  /** the provider's name on the sign-in button ("使用爱山东登录") */
  OIDC_DISPLAY_NAME_ZH: z.string().min(1).max(20).default("爱山东"),
  OIDC_DISPLAY_NAME_EN: z.string().min(1).max(40).default("iShandong"),
  /** the claim holding the organisation's 统一社会信用代码 */
  OIDC_CREDIT_CODE_CLAIM: z.string().regex(/^[A-Za-z_][\w.:-]{0,63}$/, "must be a claim name").default("uscc"),
  OIDC_SCOPE: z.string().regex(/(^|\s)openid(\s|$)/, "must include openid").default("openid profile email phone"),
  /** SMTP server for mail (smtp://user:pass@host:port, smtps:// for TLS). Unset: mail waits in the outbox */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  /** sender of the portal's mail */
  MAIL_FROM: z.string().min(3).default("威海市科技政策兑现平台 <noreply@localhost>"),
  /** the portal's public address, for links in mail; default NEXTAUTH_URL */
  APP_BASE_URL: z.url().optional(),
  /** SMS: "console" logs that a message was sent (default); "http" posts it to SMS_HTTP_URL */
  SMS_DRIVER: z.enum(["console", "http"], "must be console or http").default("console"),
  /** the SMS provider's HTTP endpoint (JSON {to, text}), with SMS_DRIVER=http */
  SMS_HTTP_URL: z.url().optional(),
  /** bearer token sent to SMS_HTTP_URL */
  SMS_HTTP_TOKEN: z.string().min(1).optional(),
}).refine((e) => e.SMS_DRIVER !== "http" || e.SMS_HTTP_URL, { path: ["SMS_HTTP_URL"], message: "is required with SMS_DRIVER=http" }).superRefine((e, ctx) => {
  // half a configuration is a mistake, not "off": say which part is missing
  const set = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].some((v) => v !== undefined);
  if (!set) return;
  for (const key of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const) {
    if (e[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: "required when any OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET is set (provincial sign-in)" });
  }
});

function isHttpsOrLoopback(u: string): boolean {
  const url = new URL(u);
  return url.protocol === "https:" || (url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname));
}

export type Env = z.infer<typeof schema>;

/** Validates an environment (process.env at start-up; tests pass their own). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const r = schema.safeParse(source);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (see .env.example):\n${lines}`);
  }
  return r.data;
}

export const env: Env = parseEnv(process.env);

/** Whether test-only controls (buttons, actions) exist in this process: DEMO_MODE=1. */
export function demoMode(): boolean {
  return env.DEMO_MODE;
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm run demo` (embedded database) or set DATABASE_URL");
  return url;
}
