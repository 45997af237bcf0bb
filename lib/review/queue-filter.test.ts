import { describe, expect, it } from "vitest";
import { COUNT_CAP, countLabel, decodeCursor, encodeCursor } from "./queue-filter";

describe("queue counts and cursors", () => {
  it("shows counts up to the cap and '9,999+' beyond it", () => {
    expect(countLabel(0, "zh-CN")).toBe("0");
    expect(countLabel(1234, "en")).toBe("1,234");
    expect(countLabel(COUNT_CAP, "en")).toBe("9,999");
    expect(countLabel(COUNT_CAP + 1, "en")).toBe("9,999+");
  });

  it("a cursor decodes to what was encoded; forged cursors decode to nothing", () => {
    const t = new Date("2026-11-26T10:00:00.123Z");
    expect(decodeCursor(encodeCursor(t, "case-1"))).toEqual({ t, id: "case-1" });
    expect(decodeCursor("not a cursor!")).toBeNull();
    expect(decodeCursor(Buffer.from("2026-11-26|'; DROP TABLE x").toString("base64url"))).toBeNull();
  });
});
