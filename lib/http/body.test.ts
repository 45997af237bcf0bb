import { describe, expect, it } from "vitest";
import { readBody, readJson } from "./body";

/** a request whose body arrives in the given chunks, without a Content-Length (as a chunked upload) */
function chunked(chunks: (string | Uint8Array)[], headers: Record<string, string> = {}): Request {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const x of chunks) c.enqueue(typeof x === "string" ? enc.encode(x) : x);
      c.close();
    },
  });
  return new Request("http://localhost/x", { method: "PUT", body, headers, duplex: "half" } as RequestInit);
}

describe("readBody", () => {
  it("reads every chunk up to the limit", async () => {
    const b = await readBody(chunked(["ab", "cd", "e"]), 5);
    expect(Buffer.isBuffer(b) && b.toString()).toBe("abcde");
  });
  it("stops at the first byte over the limit, whatever the headers say", async () => {
    expect(await readBody(chunked(["abc", "def"]), 5)).toBe("too_large");
  });
  it("refuses a Content-Length over the limit before reading", async () => {
    let pulled = false;
    const body = new ReadableStream({ pull() { pulled = true; } }, { highWaterMark: 0 });
    const req = new Request("http://localhost/x", { method: "PUT", body, headers: { "content-length": "6" }, duplex: "half" } as RequestInit);
    expect(await readBody(req, 5)).toBe("too_large");
    expect(pulled).toBe(false);
  });
  it("is invalid without a body or when it breaks off", async () => {
    expect(await readBody(new Request("http://localhost/x", { method: "PUT" }), 5)).toBe("invalid");
    const broken = new ReadableStream({ pull(c) { c.error(new Error("client went away")); } });
    expect(await readBody(new Request("http://localhost/x", { method: "PUT", body: broken, duplex: "half" } as RequestInit), 5)).toBe("invalid");
  });
});

describe("readJson", () => {
  it("parses UTF-8 JSON split anywhere, also inside a character", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ subject: "研发投入", version: 2 }));
    const r = await readJson(chunked([bytes.subarray(0, 15), bytes.subarray(15)]), 1000);
    expect(r).toEqual({ value: { subject: "研发投入", version: 2 } });
  });
  it("is invalid for broken JSON or bytes that are not UTF-8", async () => {
    expect(await readJson(chunked(['{"version":']), 1000)).toBe("invalid");
    expect(await readJson(chunked([new Uint8Array([0x22, 0xff, 0x22])]), 1000)).toBe("invalid");
  });
  it("refuses a body over the limit", async () => {
    expect(await readJson(chunked([JSON.stringify("x".repeat(2000))]), 1000)).toBe("too_large");
  });
});
