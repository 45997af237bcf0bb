// Expected failures as message codes, shared by services, the action wrapper and route handlers.
// Pure: no server or framework imports, so any layer may use it.
import type { $ZodError } from "zod/v4/core";

/** What an action answers: the data, or an error code (a key under errors.* in the messages) with details. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; detail?: Record<string, string | number> };

/** An expected failure: `code` is a key under errors.* in the messages. */
export class ActionError extends Error {
  constructor(
    public readonly code: string,
    public readonly fieldErrors?: Record<string, string>,
    public readonly detail?: Record<string, string | number>,
  ) {
    super(code);
  }
}

const CODE = /^[a-z][a-z0-9_.]*$/;

/** zod classic's ZodError and zod/mini's $ZodError alike (the shared schemas are zod/mini, the server-only ones classic). */
export function fieldErrorsOf(error: $ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    if (out[key]) continue;
    out[key] = CODE.test(issue.message) ? issue.message : issue.code === "invalid_type" && issue.input === undefined ? "required" : "invalid";
  }
  return out;
}

/**
 * The path ("facts.name", "_" for the input itself) of the first string holding a NUL character:
 * PostgreSQL text cannot store one, so such input is refused here rather than failing in the query.
 */
export function nulPath(raw: unknown): string | null {
  const stack: [unknown, string][] = [[raw, ""]];
  const seen = new Set<object>(); // a reply may hold references that make cycles
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === "string" && v.includes("\u0000")) return path || "_";
    if (!v || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    for (const [k, x] of Object.entries(v)) {
      const at = path ? `${path}.${k}` : k;
      if (k.includes("\u0000")) return at;
      stack.push([x, at]);
    }
  }
  return null;
}

