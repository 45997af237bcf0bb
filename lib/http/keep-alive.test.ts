import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { KEEP_ALIVE_MS, keepConnectionsAlive } from "../../server/keep-alive.mjs";

// server/main.mjs's idle keep-alive: a connection a client left idle for longer than Node's default
// of 5 s is still open, so a request sent on it then is answered rather than reset (ECONNRESET; a 502
// behind nginx). The e2e suite's client (Playwright) reuses idle connections for as long as the server keeps them.

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

async function serve(configure: (s: http.Server) => void): Promise<number> {
  const s = http.createServer((_req, res) => res.end("ok"));
  configure(s);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return (s.address() as AddressInfo).port;
}

/** the local port of the connection each of two requests went on, `idleMs` apart, through one keep-alive agent */
async function portsAfterIdle(port: number, idleMs: number): Promise<[number, number]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () => new Promise<number>((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/", agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(req.socket!.localPort!));
    });
    req.on("error", reject);
  });
  try {
    const first = await get();
    await new Promise((r) => setTimeout(r, idleMs));
    return [first, await get()];
  } finally {
    agent.destroy();
  }
}

describe("keepConnectionsAlive", () => {
  it("keeps an idle connection open for longer than a proxy's 60 s", () => {
    const s = keepConnectionsAlive(http.createServer());
    expect(KEEP_ALIVE_MS).toBeGreaterThan(60_000);
    expect(s.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
    expect(s.headersTimeout).toBeGreaterThan(s.keepAliveTimeout);
  });

  // Node's default closes an idle connection after 5 s (and 1 s of grace): a client that sends on it
  // at that moment is reset. That is what failed e2e/review.spec.ts in CI ("read ECONNRESET").
  it("answers on a connection left idle past the time Node's default closes it", async () => {
    const plain = await serve(() => {});
    const kept = await serve((s) => keepConnectionsAlive(s));
    const [[a, b], [c, d]] = await Promise.all([portsAfterIdle(plain, 7_000), portsAfterIdle(kept, 7_000)]);
    expect(b, "Node's default closed the idle connection: the second request needed a new one").not.toBe(a);
    expect(d, "the idle connection was still open and carried the second request").toBe(c);
  }, 20_000);
});
