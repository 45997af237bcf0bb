// The portal's one logger: JSON lines on stdout (pino), each with the request id of the request it
// belongs to. server/main.mjs logs every request; server code logs errors through lib/log.ts, which
// re-exports this module. Nothing personal or secret is written: keys that may hold it are
// redacted wherever they appear, and strings are scrubbed of e-mail addresses, phone numbers,
// query strings, bearer tokens and JWTs (lib/log.test.ts checks it).
// Plain JavaScript: server/main.mjs runs with node alone.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino from "pino";

/** one store per process, also when the Next bundle loads a second copy of this module */
const ALS_KEY = Symbol.for("weihai.request-context");
const als = (globalThis[ALS_KEY] ??= new AsyncLocalStorage());

/** keys whose values are never logged (matched case-insensitively, anywhere in a logged object) */
const SECRET_KEY = /e-?mail|name|phone|mobile|tel$|cookie|token|secret|passw|authori[sz]ation|session|^sid$|credential|^key$|apikey|query|search|body|address|^ip$|account|idcard|contact/i;
/** our own fields, kept even where a pattern above would match */
const KEEP = new Set(["msg", "level", "time", "requestId", "method", "path", "route", "status", "durationMs", "err", "type", "message", "stack", "code", "pid", "hostname"]);

const SCRUB = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "[email]"],
  [/eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, "[jwt]"],
  [/\b(Bearer|Basic)\s+[^\s"',;()]+/gi, "$1 [redacted]"],
  [/(?<![\w-])(\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, "[phone]"],
  // a path's query string (…/x?a=b): everything from "?" to the next blank or quote
  [/([\w\]/-])\?(?=[^\s"'<>]*=)[^\s"'<>]*/g, "$1"],
];

export function scrubText(s) {
  let out = s;
  for (const [re, to] of SCRUB) out = out.replace(re, to);
  return out;
}

/** a deep copy fit for the log: secret keys redacted, strings scrubbed, errors flattened */
export function scrub(value, depth = 0) {
  if (typeof value === "string") return scrubText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > 6) return "[deep]";
  if (value instanceof Error) {
    const e = { type: value.name, message: scrubText(value.message), stack: value.stack ? scrubText(value.stack) : undefined };
    if (typeof value.code === "string") e.code = value.code;
    return e;
  }
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrub(v, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = !KEEP.has(k) && SECRET_KEY.test(k) ? "[redacted]" : scrub(v, depth + 1);
  return out;
}

/**
 * Standard output, written in the background 4 KB at a time: a line written at once was a system
 * call per request (~0.2 ms of a submit's 7, ADR 027). What is buffered goes out within a second
 * (the timer), and at exit (pino flushes its destination then); a process killed outright loses
 * at most that second.
 */
function bufferedStdout() {
  const dest = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    try {
      dest.flush();
    } catch {
      // closed at exit meanwhile: nothing left to write
    }
  }, 1000).unref();
  return dest;
}

/** Builds a logger; `destination` for tests (default: standard output, buffered). */
export function createLogger(destination = bufferedStdout()) {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: "msg",
      // the request id of the request being served, when there is one
      mixin: () => {
        const id = als.getStore()?.requestId;
        return id ? { requestId: id } : {};
      },
      formatters: { level: (label) => ({ level: label }), log: (obj) => scrub(obj) },
      hooks: {
        // messages are scrubbed like fields: `log.error("failed for a@b.cn")` writes "[email]"
        logMethod(args, method) {
          // log.error(err) alone: pino would take err.message as the message unscrubbed
          const [first, ...rest] = args;
          const all = first instanceof Error ? [{ err: first }, ...(rest.length ? rest : [first.message])] : args;
          method.apply(this, all.map((a) => (typeof a === "string" ? scrubText(a) : a)));
        },
      },
      // an Error passed as the first argument becomes { err }: formatters.log scrubs it
      serializers: { err: (e) => scrub(e) },
    },
    destination,
  );
}

const LOGGER_KEY = Symbol.for("weihai.logger");
/** the process's logger (one, also across module copies) */
export const log = (globalThis[LOGGER_KEY] ??= createLogger());

/** A request id from the client's or proxy's X-Request-Id when it is a plain token, else a new one. */
export function requestIdFrom(header) {
  const v = Array.isArray(header) ? header[0] : header;
  return typeof v === "string" && /^[A-Za-z0-9._:-]{8,128}$/.test(v) ? v : randomUUID();
}

/** Runs `f` with the request id that every log line written inside it carries. */
export function withRequestContext(requestId, f) {
  return als.run({ requestId }, f);
}

export function currentRequestId() {
  return als.getStore()?.requestId;
}
