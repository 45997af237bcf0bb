import { describe, expect, it } from "vitest";
import { createLimiter, HOT_WRITE, parseWriteConcurrency } from "../../server/limiter.mjs";

// server/main.mjs's limit on the hot writes (save, upload, submit): at most `max` at once, the rest
// in arrival order, so under a rush the first to come are done first.

describe("createLimiter", () => {
  it("lets `max` in at once and the rest in arrival order, one per release", async () => {
    const l = createLimiter(2);
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const all = Array.from({ length: 5 }, (_, i) => l.acquire()!.then((release) => {
      order.push(i);
      releases.push(release);
    }));
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual([0, 1]);
    expect([l.active, l.waiting]).toEqual([2, 3]);
    releases[0]();
    releases[0](); // a second release of the same turn frees nothing more
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    expect([l.active, l.waiting]).toEqual([2, 2]);
    releases[1]();
    releases[2]();
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2, 3, 4]);
    releases[3]();
    releases[4]();
    await Promise.all(all);
    expect([l.active, l.waiting]).toEqual([0, 0]);
  });

  it("refuses (null) when the queue is full, and takes callers again once it has room", async () => {
    const l = createLimiter(1, 1);
    const first = await l.acquire()!;
    const second = l.acquire();
    expect(second).not.toBeNull();
    expect(l.acquire()).toBeNull();
    first();
    (await second!)();
    expect(l.acquire()).not.toBeNull();
  });
});

describe("HOT_WRITE and WRITE_CONCURRENCY", () => {
  it("matches a case's save, upload and submit only", () => {
    for (const p of ["/api/cases/c1/draft", "/api/cases/c1/attachments", "/api/cases/c1/submit"]) expect(HOT_WRITE.test(p)).toBe(true);
    for (const p of ["/api/cases/c1/pdf/receipt", "/api/attachments/a1", "/review/export", "/api/cases/c1/submit/x", "/applicant/cases/c1/edit"]) expect(HOT_WRITE.test(p)).toBe(false);
  });

  it("is 8 by default, a whole number from 1 to 1000, or off", () => {
    expect(parseWriteConcurrency(undefined)).toBe(8);
    expect(parseWriteConcurrency("4")).toBe(4);
    expect(parseWriteConcurrency("off")).toBe(Infinity);
    for (const bad of ["0", "-1", "1.5", "1001", "many"]) expect(() => parseWriteConcurrency(bad)).toThrow(/WRITE_CONCURRENCY/);
  });
});
