// Environment, read once and validated: a bad value stops the start with a clear message.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server; when absent the launcher starts the embedded PGlite database and sets it */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(8),
  DATA_DIR: z.string().min(1).default(".data"),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  SESSION_MAX_AGE_MIN: z.coerce.number().int().min(5).max(7 * 24 * 60).default(480),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
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

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm run demo` (embedded database) or set DATABASE_URL");
  return url;
}
