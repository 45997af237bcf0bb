import { describe, expect, it } from "vitest";
import { COUNT_CAP, countLabel, decodeCursor, encodeCursor, hasFilters, queueQuery, readQueueFilter } from "./queue-filter";

describe("queue counts and cursors", () => {
  it("shows counts up to the cap and '9,999+' beyond it", () => {
    expect(countLabel(0, "zh-CN")).toBe("0");
    expect(countLabel(1234, "en")).toBe("1,234");
    expect(countLabel(COUNT_CAP, "en")).toBe("9,999");
    expect(countLabel(COUNT_CAP + 1, "en")).toBe("9,999+");
  });

  it("the search text loses NUL characters and stops at 100 characters; far dates are dropped (PostgreSQL refuses them)", () => {
    expect(readQueueFilter({ q: "WH-2026\u0000-C09" }).q).toBe("WH-2026-C09");
    expect(readQueueFilter({ q: "x".repeat(500) }).q).toHaveLength(100);
    expect(readQueueFilter({ from: "0001-01-01", to: "9999-12-31" })).toMatchObject({ from: "", to: "" });
    expect(readQueueFilter({ from: "2026-01-01", to: "2026-12-31" })).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("the resubmitted filter is on only for resubmitted=1 and survives in links", () => {
    expect(readQueueFilter({}).resubmitted).toBe(false);
    expect(readQueueFilter({ resubmitted: "yes" }).resubmitted).toBe(false);
    const f = readQueueFilter({ resubmitted: "1", tab: "all" });
    expect(f.resubmitted).toBe(true);
    expect(queueQuery(f)).toBe("?tab=all&resubmitted=1");
    expect(hasFilters(f)).toBe(true);
  });

  it("a cursor decodes to what was encoded; forged cursors decode to nothing", () => {
    const t = new Date("2026-11-26T10:00:00.123Z");
    expect(decodeCursor(encodeCursor(t, "case-1"))).toEqual({ t, id: "case-1" });
    expect(decodeCursor("not a cursor!")).toBeNull();
    expect(decodeCursor(Buffer.from("2026-11-26|'; DROP TABLE x").toString("base64url"))).toBeNull();
  });
});
