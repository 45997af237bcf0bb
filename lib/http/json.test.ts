import { describe, expect, it } from "vitest";
import { jsonResponse } from "./json";

describe("jsonResponse", () => {
  it("is JSON, never cached nor transformed (so not gzipped), with its status and other headers", async () => {
    const r = jsonResponse({ ok: false, error: "申报已提交" }, { status: 409, headers: { "X-Extra": "1", "Cache-Control": "public" } });
    expect(await r.json()).toEqual({ ok: false, error: "申报已提交" });
    expect(r.headers.get("content-type")).toContain("application/json");
    expect(r.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(r.headers.get("x-extra")).toBe("1");
    expect(r.status).toBe(409);
  });
});
