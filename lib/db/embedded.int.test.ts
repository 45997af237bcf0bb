// The embedded PGlite serves every client connection in its one session. A query sent with the
// extended protocol is several messages (Parse, Bind, Describe, Execute, Sync); pglite-socket's own
// queue let another connection's messages in between them (it kept a connection's messages
// together only inside a transaction). One query then ran with another's parameters or handed back
// another's rows: the embedded e2e lane failed with "bind message supplies 3 parameters, but
// prepared statement "" requires 1", and a case read got an organisation row.
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbedded, type Embedded } from "./embedded";

let dir: string;
let e: Embedded;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(`${os.tmpdir()}/wh-embedded-`);
  e = await startEmbedded(dir, 0);
  port = Number(new URL(e.url).port);
});

afterAll(async () => {
  await e?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// --- the few frontend messages the test sends, written by hand -------------------------------
const cstr = (s: string) => Buffer.from(s + "\0");
function msg(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}
const int16 = (n: number) => { const b = Buffer.alloc(2); b.writeInt16BE(n); return b; };
const int32 = (n: number) => { const b = Buffer.alloc(4); b.writeInt32BE(n); return b; };
function startup(): Buffer {
  const body = Buffer.concat([int32(196608), cstr("user"), cstr("postgres"), cstr("database"), cstr("postgres"), Buffer.from([0])]);
  return Buffer.concat([int32(body.length + 4), body]);
}
const parse = (text: string) => msg("P", cstr(""), cstr(text), int16(0));
const bind = (values: string[]) =>
  msg("B", cstr(""), cstr(""), int16(0), int16(values.length), ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]), int16(0));
const execute = () => msg("E", cstr(""), int32(0));
const sync = () => msg("S");

/** a raw connection that collects the backend's messages; `until("Z")` waits for ReadyForQuery */
async function rawConnection() {
  const socket = net.connect(port, "127.0.0.1");
  let buf = Buffer.alloc(0);
  const got: { type: string; body: Buffer }[] = [];
  let wake = () => {};
  socket.on("data", (d) => {
    buf = Buffer.concat([buf, d]);
    while (buf.length >= 5 && buf.length >= 1 + buf.readInt32BE(1)) {
      const len = buf.readInt32BE(1);
      got.push({ type: String.fromCharCode(buf[0]), body: buf.subarray(5, 1 + len) });
      buf = buf.subarray(1 + len);
    }
    wake();
  });
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  const c = {
    send: (...m: Buffer[]) => socket.write(Buffer.concat(m)),
    /** the messages up to and including the next ReadyForQuery, taken off the list */
    async untilReady(): Promise<{ type: string; body: Buffer }[]> {
      for (;;) {
        const i = got.findIndex((m) => m.type === "Z");
        if (i >= 0) return got.splice(0, i + 1);
        await new Promise<void>((r) => { wake = r; });
      }
    },
    close: () => socket.end(),
  };
  c.send(startup());
  await c.untilReady();
  return c;
}
/** DataRow's text columns, and ErrorResponse's message */
const dataRows = (ms: { type: string; body: Buffer }[]) =>
  ms.filter((m) => m.type === "D").map((m) => {
    const cols: string[] = [];
    let at = 2;
    for (let i = 0; i < m.body.readInt16BE(0); i++) {
      const len = m.body.readInt32BE(at);
      cols.push(m.body.subarray(at + 4, at + 4 + len).toString());
      at += 4 + len;
    }
    return cols;
  });
const errors = (ms: { type: string; body: Buffer }[]) =>
  ms.filter((m) => m.type === "E").map((m) => m.body.toString().split("\0").find((f) => f.startsWith("M"))?.slice(1));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the embedded database", () => {
  it("keeps a connection's query together: another connection's query waits until its Sync", async () => {
    const a = await rawConnection();
    const b = await rawConnection();
    try {
      // A parses its statement and its Bind is still on the way (a large message arrives in pieces)
      a.send(parse("SELECT $1::text AS v"));
      await pause(100);
      // B sends a whole query meanwhile
      b.send(parse("SELECT 1 AS n, 2 AS m"), bind([]), execute(), sync());
      const bAnswer = b.untilReady();
      await pause(100);
      a.send(bind(["a"]), execute(), sync());
      const aAnswer = await a.untilReady();
      expect(errors(aAnswer)).toEqual([]);
      expect(dataRows(aAnswer)).toEqual([["a"]]);
      const bRows = await bAnswer;
      expect(errors(bRows)).toEqual([]);
      expect(dataRows(bRows)).toEqual([["1", "2"]]);
    } finally {
      a.close();
      b.close();
    }
  });

  it("three pg clients' parameterised queries at once: each gets its own answer", async () => {
    const clients = [1, 2, 3].map(() => new pg.Client({ connectionString: e.url }));
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const wrong = (
        await Promise.all(
          clients.map(async (c, i) => {
            const params = Array.from({ length: i + 1 }, (_, k) => `c${i}-p${k}`);
            const text = `SELECT ${params.map((_, k) => `$${k + 1}::text AS v${k}`).join(", ")}`;
            const bad: string[] = [];
            for (let r = 0; r < 200; r++) {
              const row = await c.query(text, params).then((res) => JSON.stringify(Object.values(res.rows[0])), (err: Error) => err.message);
              if (row !== JSON.stringify(params)) bad.push(row);
            }
            return bad;
          }),
        )
      ).flat();
      expect(wrong.slice(0, 5)).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it("keeps a transaction to its connection: another connection's query runs after it ends", async () => {
    const a = new pg.Client({ connectionString: e.url });
    const b = new pg.Client({ connectionString: e.url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query("CREATE TABLE IF NOT EXISTS t_embedded (v int)");
      await a.query("BEGIN");
      await a.query("INSERT INTO t_embedded VALUES ($1)", [1]);
      const other = b.query("SELECT count(*)::int AS n FROM t_embedded WHERE v = $1", [1]);
      await pause(50);
      await a.query("ROLLBACK");
      expect((await other).rows[0].n).toBe(0);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("a connection that goes away in the middle of a query or a transaction does not hold up the others", { timeout: 15_000 }, async () => {
    const a = await rawConnection();
    a.send(msg("Q", cstr("BEGIN")));
    await a.untilReady();
    a.send(msg("Q", cstr("CREATE TABLE t_gone (v int)")));
    await a.untilReady();
    a.send(parse("INSERT INTO t_gone VALUES ($1)"));
    await pause(50);
    a.close();
    const b = new pg.Client({ connectionString: e.url });
    await b.connect();
    try {
      // A's transaction was rolled back: its table does not exist
      const r = await b.query("SELECT to_regclass('t_gone') IS NULL AS gone");
      expect(r.rows[0].gone).toBe(true);
    } finally {
      await b.end();
    }
  });

  it("a snapshot read is not shared with other connections (every connection is one session), and its cursor is read whole", async () => {
    // the what-if then reads the whole round in the request's own thread (lib/admin/whatif.ts)
    const { readOnConnection } = await import("./snapshot-reader");
    const read = await readOnConnection(e.url, async (r, shared) => {
      const out: number[] = [];
      for await (const rows of r.batches<{ n: number }>("embedded_series", { text: "SELECT generate_series(1, $1::int) AS n", values: [25] }, 10)) out.push(...rows.map((x) => x.n));
      return { shared, out };
    }, { share: true });
    expect(read.shared).toBeNull();
    expect(read.out).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});
