// The logs carry no personal data or secrets: whatever server code hands the logger, the line
// written has no e-mail, name, phone, cookie, token or query string in it.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger, requestIdFrom, scrubText, withRequestContext } from "../server/logger.mjs";

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ write: (s: string) => void lines.push(s) });
  return { logger, lines, json: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const SECRETS = [
  "zhang.san@example.com", "张三", "13812345678", "wh.session=abc123cookievalue", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
  "s3cr3t-token-value", "q=secret-search", "Weihai@2026",
];

describe("log redaction", () => {
  it("redacts secret keys anywhere and scrubs strings of e-mails, phones, tokens and query strings", () => {
    const { logger, lines } = capture();
    logger.info({
      email: "zhang.san@example.com", name: "张三", contactPhone: "13812345678",
      headers: { cookie: "wh.session=abc123cookievalue", authorization: "Bearer s3cr3t-token-value" },
      user: { password: "Weihai@2026", displayName: "张三" },
      path: "/notice?q=secret-search",
      note: "mail sent to zhang.san@example.com, call 13812345678, token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
    }, "sign-in by zhang.san@example.com from /sign-in?q=secret-search");
    logger.error(new Error("could not mail zhang.san@example.com (Bearer s3cr3t-token-value)"));
    logger.error({ err: Object.assign(new Error("GET /api/x?q=secret-search failed"), { code: "E_X" }) }, "route failed");
    const text = lines.join("");
    for (const s of SECRETS) expect(text, s).not.toContain(s);
    const [first, second, third] = lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({ level: "info", path: "/notice", email: "[redacted]", msg: "sign-in by [email] from /sign-in" });
    expect(first.note).toBe("mail sent to [email], call [phone], token [jwt]");
    expect(second.err).toMatchObject({ type: "Error", message: "could not mail [email] (Bearer [redacted])" });
    expect(third.err).toMatchObject({ message: "GET /api/x failed", code: "E_X" });
  });

  it("keeps what operators need: method, path, status, duration and the request id", () => {
    const { logger, json } = capture();
    withRequestContext("req-12345678", () => logger.info({ method: "GET", path: "/review", status: 200, durationMs: 12.5, route: "review" }, "request"));
    expect(json()[0]).toMatchObject({ requestId: "req-12345678", method: "GET", path: "/review", status: 200, durationMs: 12.5, route: "review", msg: "request" });
  });

  it("takes a plain X-Request-Id and makes a new one for anything else", () => {
    expect(requestIdFrom("abc-1234_5678")).toBe("abc-1234_5678");
    for (const bad of [undefined, "", "short", "has space in it", "a".repeat(200), "x\r\nSet-Cookie: y=1"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("writes standard output in the background, yet loses no line: a quiet server's within a second, the rest at exit", async () => {
    const logger = path.resolve(import.meta.dirname, "../server/logger.mjs");
    // a line, then 1.5 s of quiet (the child keeps running), then a line just before process.exit
    const script = `const { log } = await import(${JSON.stringify(logger)});
      log.info("first"); setTimeout(() => { log.info("last"); process.exit(0); }, 1500);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
    const seen: { msg: string; at: number }[] = [];
    const t0 = Date.now();
    let rest = "";
    child.stdout.on("data", (b: Buffer) => {
      const parts = (rest + b.toString()).split("\n");
      rest = parts.pop()!;
      for (const l of parts) seen.push({ msg: JSON.parse(l).msg, at: Date.now() - t0 });
    });
    await new Promise((resolve) => child.on("close", resolve));
    expect(seen.map((s) => s.msg)).toEqual(["first", "last"]);
    // the first line came out while the child was still running, before its last line was written
    expect(seen[0].at).toBeLessThan(seen[1].at - 200);
  });

  it("leaves ordinary text alone", () => {
    expect(scrubText("case WH-2026-C09-0001 moved to payable? yes")).toBe("case WH-2026-C09-0001 moved to payable? yes");
  });
});
