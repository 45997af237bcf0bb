import "server-only";
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { getPool } from "./client";
import { PRISMA_TYPES, toParam } from "./snapshot-reader";

export { PRISMA_TYPES };

/**
 * SQL written by hand on the pool Prisma runs on, for the hot paths where Prisma's client cost
 * more than the database (ADR 027: a submit spent a third of its server CPU in Prisma and most of
 * the rest in one socket write per statement). Rows come as Prisma's $queryRaw gives them: int8 as
 * bigint, timestamp (stored in UTC, without a zone) as that instant, json parsed.
 */
export interface Sql {
  /** the rows of one parameterised statement ($1, $2 …) */
  rows<T>(text: string, values?: readonly unknown[]): Promise<T[]>;
}

/** a Date as a `timestamp(3)` column keeps it (UTC, no zone), as Prisma writes it */
export function ts(d: Date): string {
  return toParam(d) as string;
}

/**
 * Randomness for ids, drawn from the CSPRNG 4 KB at a time: a submit makes a dozen ids, and each
 * randomBytes call cost ~20 µs in the server (Next wraps it), a quarter of a millisecond a submit.
 */
const RANDOM_POOL = 4096;
let pool = Buffer.alloc(0);
let at = 0;
function randomHex(n: number): string {
  if (at + n > pool.length) {
    pool = randomBytes(RANDOM_POOL);
    at = 0;
  }
  at += n;
  return pool.toString("hex", at - n, at);
}

/** a new row id as Prisma's cuid() would give one (its columns default in the client, not the database): c + time + randomness, 25 characters */
export function newId(): string {
  return "c" + Date.now().toString(36).padStart(9, "0") + BigInt("0x" + randomHex(10)).toString(36).padStart(16, "0").slice(0, 15);
}

/**
 * Every statement here is a fixed text with parameters, so each is a named prepared statement:
 * a connection parses and plans it once, not on every call (planning the submit's read took
 * longer than running it). The name is the text's hash. Not on the embedded PGlite: pglite-socket
 * runs every connection in its one session, where a name prepared by one connection already
 * exists for the next ("prepared statement … already exists").
 */
const names = new Map<string, string>();
const prepares = new WeakMap<pg.Pool, Promise<boolean>>();
/** asked once per pool, on the connection at hand (a second one could wait behind it: PGlite, a full pool) */
function preparesStatements(on: pg.Pool | pg.PoolClient): Promise<boolean> {
  const pool = getPool();
  let p = prepares.get(pool);
  if (!p) {
    p = on.query<{ v: string }>("SELECT version() AS v").then((r) => !r.rows[0].v.includes("PGlite"));
    p.catch(() => prepares.delete(pool)); // ask again on the next statement
    prepares.set(pool, p);
  }
  return p;
}

async function config(on: pg.Pool | pg.PoolClient, text: string, values: readonly unknown[]): Promise<pg.QueryConfig> {
  let name: string | undefined;
  if (await preparesStatements(on)) {
    name = names.get(text);
    if (!name) names.set(text, (name = "wh_" + createHash("sha1").update(text).digest("hex").slice(0, 20)));
  }
  return { name, text, values: values.map(toParam), types: PRISMA_TYPES } as pg.QueryConfig;
}


function sqlOn(c: pg.PoolClient): Sql {
  return {
    async rows<T>(text: string, values: readonly unknown[] = []) {
      return (await c.query(await config(c, text, values))).rows as T[];
    },
  };
}

/** one statement on a pooled connection, on its own (a statement is its own transaction) */
export const sql: Sql = {
  async rows<T>(text: string, values: readonly unknown[] = []) {
    const pool = getPool();
    return (await pool.query(await config(pool, text, values))).rows as T[];
  },
};

/**
 * Runs `work` in one transaction on one pooled connection: COMMIT when it returns, ROLLBACK when it
 * throws (and the error is rethrown). A connection whose ROLLBACK fails is closed, not reused.
 */
export async function sqlTransaction<T>(work: (q: Sql) => Promise<T>): Promise<T> {
  const c = await getPool().connect();
  let broken: Error | undefined;
  try {
    await c.query("BEGIN");
    const out = await work(sqlOn(c));
    await c.query("COMMIT");
    return out;
  } catch (e) {
    await c.query("ROLLBACK").catch((err: Error) => (broken = err));
    throw e;
  } finally {
    c.release(broken);
  }
}
