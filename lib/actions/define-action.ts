import "server-only";
import { z } from "zod";
import { ActionError, fieldErrorsOf, nulPath, type ActionResult } from "../errors";
import { AuthError, currentUser, type Role } from "../auth/session";
import type { SessionUser } from "../auth/sign-in";

/**
 * Every server action goes through here: parse the input with its zod schema, load the session,
 * check the role, run, and turn expected failures into codes the UI translates (errors.* messages).
 * Resource checks (owner, bureau) happen inside the action with the user given to it.
 */
export { ActionError, fieldErrorsOf, nulPath, type ActionResult } from "../errors";

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
