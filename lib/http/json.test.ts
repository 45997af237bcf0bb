import { describe, expect, it } from "vitest";
import { jsonResponse } from "./json";

describe("jsonResponse", () => {
  it("carries the body's length in bytes (Chinese text is 3 bytes a character), its type, status and other headers", async () => {
    const r = jsonResponse({ ok: false, error: "申报已提交" }, { status: 409, headers: { "Cache-Control": "no-store" } });
    const text = await r.clone().text();
    expect(JSON.parse(text)).toEqual({ ok: false, error: "申报已提交" });
    expect(r.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
    expect(Number(r.headers.get("content-length"))).toBeGreaterThan(text.length);
    expect(r.headers.get("content-type")).toBe("application/json");
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.status).toBe(409);
  });
});
