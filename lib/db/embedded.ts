// The embedded default database: PGlite (Postgres compiled to WASM) kept in a folder, served on a
// localhost port so Prisma's pg adapter talks to it exactly as to a server. pglite-socket's
// handler reads the wire protocol; the queue that shares PGlite's one session is ours (below).
import { mkdirSync } from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from "@electric-sql/pglite-socket";

/** The Next server's pool on the embedded database: PGlite runs one query at a time (a
 * connection holds the session through its query or transaction), so more connections only wait longer. */
export const EMBEDDED_POOL_MAX = 4;
/** connections the embedded server accepts at once (the app's pool, pg-boss's, the tools') */
const MAX_CONNECTIONS = 16;

/** how a client reaches the embedded database served on `port` */
export function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export interface Embedded {
  url: string;
  stop(): Promise<void>;
}

interface Waiting {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: Error) => void;
}

/** ReadyForQuery with status I: the backend is idle, outside any transaction */
const IDLE = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/**
 * PGlite is one Postgres session; every connection's messages run in it one at a time. A query is
 * several messages (Parse, Bind, Describe, Execute, Sync), and a transaction several queries, so a
 * connection keeps the session from its first message until the backend says it is idle again
 * (ReadyForQuery "I"); the other connections' messages wait. pglite-socket's own queue kept a
 * connection's messages together only inside a transaction: outside one, two connections' Parse and
 * Bind interleaved, and a query ran with another's parameters or got another's rows.
 */
export class SessionQueue {
  private waiting: Waiting[] = [];
  /** the connection holding the session, or null when the backend is idle */
  private holder: number | null = null;
  private running = false;
  /** the message running now */
  private current: Promise<void> = Promise.resolve();

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ handlerId, message, onData, resolve, reject });
      void this.run();
    });
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        // the holder's next message may not have arrived yet: then everyone waits for it
        const i = this.holder === null ? (this.waiting.length ? 0 : -1) : this.waiting.findIndex((w) => w.handlerId === this.holder);
        if (i < 0) return;
        this.current = this.step(this.waiting.splice(i, 1)[0]);
        await this.current;
      }
    } finally {
      this.running = false;
    }
  }

  /** runs one message and decides from its answer whether its connection holds the session */
  private async step(w: Waiting): Promise<void> {
    let bytes = 0;
    let tail = Buffer.alloc(0);
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(w.message, {
          onRawData: (data) => {
            bytes += data.length;
            tail = Buffer.concat([tail, data]).subarray(-IDLE.length);
            w.onData(data);
          },
        }),
      );
    } catch (err) {
      this.holder = null;
      w.reject(err as Error);
      return;
    }
    // Terminate ('X') gets no answer: the connection is done with the session
    this.holder = w.message[0] === 0x58 || tail.equals(IDLE) ? null : w.handlerId;
    w.resolve(bytes);
  }

  getQueueLength(): number {
    return this.waiting.length;
  }

  /** a connection went away: drop what it still had waiting */
  clearQueueForHandler(handlerId: number): void {
    const mine = this.waiting.filter((w) => w.handlerId === handlerId);
    this.waiting = this.waiting.filter((w) => w.handlerId !== handlerId);
    for (const w of mine) w.reject(new Error("Handler disconnected"));
  }

  /** ... and if it held the session mid-query or mid-transaction, end that so the others can go on */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    // its last message may still be running: its answer decides whether it holds the session (PGlite
    // runs a query without yielding to the event loop today, so this waits for nothing; a later one may)
    await this.current;
    if (this.holder !== handlerId) return;
    // the others wait while the holder is set: nothing runs between these two
    await this.db.runExclusive(() => this.db.execProtocolRaw(SYNC));
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK"); // takes PGlite's lock itself
    this.holder = null;
    await this.run();
  }
}

/** `port` 0: a free port chosen by the system (tests); `url` names the port listened on */
export async function startEmbedded(dataDir: string, port: number): Promise<Embedded> {
  mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the migrations create it (the queue's search by part of a name)
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const queue = new SessionQueue(db);
  const handlers = new Set<PGLiteSocketHandler>();
  const server = net.createServer((socket) => {
    if (handlers.size >= MAX_CONNECTIONS) {
      socket.end();
      return;
    }
    // pglite-socket types its option as its own (unexported) queue class; ours has the same methods
    const handler = new PGLiteSocketHandler({ queryQueue: queue as unknown as PGLiteSocketHandlerOptions["queryQueue"], closeOnDetach: true });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener("close", forget);
    handler.addEventListener("error", forget);
    void handler.attach(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: embeddedUrl((server.address() as net.AddressInfo).port),
    async stop() {
      await Promise.all([...handlers].map((h) => h.detach(true)));
      handlers.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
