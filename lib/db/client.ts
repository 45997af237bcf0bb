import "server-only";
import { databaseUrl, env } from "../env";
import { createPrisma, type PrismaClient } from "./create-client";

// One client per process, created on first use (the build imports this module without a
// database). Next's dev server reloads modules, so it lives on globalThis.
const g = globalThis as unknown as { __prisma?: PrismaClient };

export function getDb(): PrismaClient {
  return (g.__prisma ??= createPrisma(databaseUrl(), env.DB_POOL_MAX));
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, key) {
    const client = getDb();
    const v = Reflect.get(client, key);
    return typeof v === "function" ? v.bind(client) : v;
  },
});
