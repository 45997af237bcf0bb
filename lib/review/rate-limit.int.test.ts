import { describe, expect, it, vi } from "vitest";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

describe("objection limit", () => {
  it("allows 5 objections per address in 10 minutes, counted in the database for every server process", async () => {
    const first = await import("./rate-limit");
    for (let i = 0; i < 5; i++) expect(await first.allowObjection("203.0.113.7")).toBe(true);
    expect(await first.allowObjection("203.0.113.7")).toBe(false);
    // another process (a fresh copy of the module) sees the same count
    vi.resetModules();
    const second = await import("./rate-limit");
    expect(await second.allowObjection("203.0.113.7")).toBe(false);
    expect(await second.allowObjection("203.0.113.8")).toBe(true);
    // ten minutes later the address may object again
    expect(await second.allowObjection("203.0.113.7", Date.now() + 10 * 60_000 + 1)).toBe(true);
  });
});
