import "server-only";
import { z } from "zod";
import { AuthError, currentUser, type Role } from "../auth/session";
import type { SessionUser } from "../auth/sign-in";

/**
 * Every server action goes through here: parse the input with its zod schema, load the session,
 * check the role, run, and turn expected failures into codes the UI translates (errors.* messages).
 * Resource checks (owner, bureau) happen inside the action with the user given to it.
 */
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

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
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

async function execute<S extends z.ZodType, T>(
  roles: readonly Role[] | null,
  schema: S,
  raw: unknown,
  run: (input: z.infer<S>, user: SessionUser | null) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const user = await currentUser();
    if (roles) {
      if (!user) throw new AuthError("unauthenticated");
      if (!roles.includes(user.role)) throw new AuthError("forbidden");
    }
    const nul = nulPath(raw);
    if (nul) return { ok: false, error: "validation", fieldErrors: { [nul]: "invalid" } };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: "validation", fieldErrors: fieldErrorsOf(parsed.error) };
    return { ok: true, data: await run(parsed.data, user) };
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, error: e.code, fieldErrors: e.fieldErrors, detail: e.detail };
    if (e instanceof AuthError) return { ok: false, error: e.code };
    // redirect()/notFound() thrown inside an action must propagate
    if (e && typeof e === "object" && "digest" in e) throw e;
    console.error("action failed", e);
    return { ok: false, error: "server" };
  }
}

/** An action for signed-in users holding one of `roles`. */
export function defineAction<S extends z.ZodType, T>(
  roles: readonly Role[],
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return (raw) => execute(roles, schema, raw, (input, user) => run(input, user as SessionUser));
}

/** An action anyone may call (sign-up, language switch, public objection). */
export function definePublicAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.infer<S>, user: SessionUser | null) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return (raw) => execute(null, schema, raw, run);
}
