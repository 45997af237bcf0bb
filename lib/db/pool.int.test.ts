import type { PoolClient } from "pg";
import { describe, expect, it } from "vitest";
import { serverUrl } from "../testing/test-db";
import { createPool, warmPool } from "./create-client";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the pool's warm connections (DB_POOL_MIN)", () => {
  it("opens min connections at once, keeps them when idle and closes the others", async () => {
    const pool = createPool(serverUrl(), 6, 3);
    pool.options.idleTimeoutMillis = 50; // 10 s in the app; shortened so the test need not wait
    try {
      expect(pool.totalCount).toBe(0);
      expect(await warmPool(pool)).toBe(3);
      expect(pool.totalCount).toBe(3);
      expect(pool.idleCount).toBe(3);
      // a burst opens more, up to max; once idle, the pool closes those above min
      const burst = await Promise.all(Array.from({ length: 5 }, () => pool.connect()));
      expect(pool.totalCount).toBe(5);
      for (const c of burst) c.release();
      await sleep(300);
      expect(pool.totalCount).toBe(3);
      expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });

  it("never asks for more than max, and a min of 0 opens none", async () => {
    const capped = createPool(serverUrl(), 2, 5);
    const none = createPool(serverUrl(), 2, 0);
    try {
      expect(await warmPool(capped)).toBe(2);
      expect(capped.totalCount).toBe(2);
      expect(await warmPool(none)).toBe(0);
      expect(none.totalCount).toBe(0);
    } finally {
      await Promise.all([capped.end(), none.end()]);
    }
  });

  it("hands back the connections that opened when another one fails", async () => {
    const pool = createPool(serverUrl(), 3, 3);
    const connect = pool.connect.bind(pool) as () => Promise<PoolClient>;
    let calls = 0;
    (pool as { connect: () => Promise<PoolClient> }).connect = () => (++calls === 2 ? Promise.reject(new Error("refused by the test")) : connect());
    try {
      await expect(warmPool(pool)).rejects.toThrow("refused by the test");
      expect(pool.totalCount).toBe(2);
      expect(pool.idleCount).toBe(2); // not left checked out
    } finally {
      await pool.end();
    }
  });

  it("fails, without hanging, where the database cannot be reached", async () => {
    const down = createPool("postgresql://postgres@127.0.0.1:1/none", 2, 2);
    try {
      await expect(warmPool(down)).rejects.toThrow(/ECONNREFUSED|connect/);
    } finally {
      await down.end();
    }
  });
});
