import "server-only";
import type pg from "pg";
import { databaseUrl, env } from "../env";
import { createPool, createPrisma, type PrismaClient } from "./create-client";

// One pool and one client on it per process, created on first use (the build imports this module
// without a database). Next's dev server reloads modules, so they live on globalThis. The hot
// paths written in SQL (lib/db/sql.ts) take their connections from the same pool.
const g = globalThis as unknown as { __prisma?: PrismaClient; __pool?: pg.Pool };

export function getPool(): pg.Pool {
  return (g.__pool ??= createPool(databaseUrl(), env.DB_POOL_MAX, env.DB_POOL_MIN));
}

export function getDb(): PrismaClient {
  return (g.__prisma ??= createPrisma(getPool()));
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, key) {
    const client = getDb();
    const v = Reflect.get(client, key);
    return typeof v === "function" ? v.bind(client) : v;
  },
});
