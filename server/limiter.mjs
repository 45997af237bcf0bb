// How many of the hot write requests (a case's save, document upload and submit) one server works
// on at once; the rest wait their turn in arrival order. Under a deadline rush the server's one
// JavaScript thread is the bottleneck: without a limit it shares itself among every request in
// flight, so every one of them takes as long as the whole rush. With one, the first to come are
// done first (ADR 027). Plain JavaScript: server/main.mjs runs with node alone.

/** the hot routes: a case's save (PUT), document upload (POST) and submit (POST) */
export const HOT_WRITE = /^\/api\/cases\/[^/]+\/(draft|attachments|submit)$/;

/** how long one write keeps its turn at most: a slow client then no longer holds the others up */
export const WRITE_TURN_MAX_MS = 30_000;

/** WRITE_CONCURRENCY: a whole number from 1 to 1000 (default 8: the fastest of 4, 8 and 16 in bench:load (d)), or "off" for no limit */
export function parseWriteConcurrency(raw) {
  if (raw === undefined || raw === "") return 8;
  if (raw === "off") return Infinity;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1000) {
    throw new Error(`WRITE_CONCURRENCY must be a whole number from 1 to 1000 or "off" (got "${raw}"); see .env.example`);
  }
  return Number(raw);
}

/**
 * A first-come, first-served limit of `max` at once. `acquire()` resolves to a release function
 * when it is this caller's turn (calling it more than once releases once), or is null when
 * `maxQueue` callers already wait.
 */
export function createLimiter(max, maxQueue = 10_000) {
  let active = 0;
  const waiting = [];
  const slot = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      if (next) next(slot());
      else active--;
    };
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
    acquire() {
      if (active < max) {
        active++;
        return Promise.resolve(slot());
      }
      if (waiting.length >= maxQueue) return null;
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
