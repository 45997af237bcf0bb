import "server-only";
import { z } from "zod";
import { ActionError, fieldErrorsOf, nulPath, type ActionResult } from "../errors";
import { AuthError, currentSession, type Role, type SignedInSession } from "../auth/session";
import type { SessionUser } from "../auth/sign-in";
import { log } from "../log";

/**
 * Every server action goes through here: parse the input with its zod schema, load the session,
 * check the role, run, and turn expected failures into codes the UI translates (errors.* messages).
 * Resource checks (owner, bureau) happen inside the action with the user given to it.
 * A session that owes its second factor (ADR 022) is refused every action but enrolment's, and is a
 * visitor to public ones.
 */
export { ActionError, fieldErrorsOf, nulPath, type ActionResult } from "../errors";

/** who may call: a role list (and a passed second factor), anyone, or any session that may enrol */
type Gate = readonly Role[] | "public" | "enrolment";

async function execute<S extends z.core.$ZodType, T>(
  gate: Gate,
  schema: S,
  raw: unknown,
  run: (input: z.infer<S>, session: SignedInSession | null) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const s = await currentSession();
    if (gate === "enrolment") {
      if (!s) throw new AuthError("unauthenticated");
      if (s.factor === "verify") throw new AuthError("forbidden");
    } else if (gate !== "public") {
      if (!s) throw new AuthError("unauthenticated");
      if (s.factor !== "ok" || !gate.includes(s.user.role)) throw new AuthError("forbidden");
    }
    const nul = nulPath(raw);
    if (nul) return { ok: false, error: "validation", fieldErrors: { [nul]: "invalid" } };
    // z.safeParse takes any zod schema: the ones shared with forms are zod/mini, the server-only ones classic
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) return { ok: false, error: "validation", fieldErrors: fieldErrorsOf(parsed.error) };
    return { ok: true, data: await run(parsed.data, s) };
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, error: e.code, fieldErrors: e.fieldErrors, detail: e.detail };
    if (e instanceof AuthError) return { ok: false, error: e.code };
    // redirect()/notFound() thrown inside an action must propagate
    if (e && typeof e === "object" && "digest" in e) throw e;
    log.error({ err: e }, "action failed");
    return { ok: false, error: "server" };
  }
}

/** An action for signed-in users holding one of `roles`. */
export function defineAction<S extends z.core.$ZodType, T>(
  roles: readonly Role[],
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return (raw) => execute(roles, schema, raw, (input, s) => run(input, s!.user));
}

/** An action anyone may call (sign-up, language switch, public objection). */
export function definePublicAction<S extends z.core.$ZodType, T>(
  schema: S,
  run: (input: z.infer<S>, user: SessionUser | null) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return (raw) => execute("public", schema, raw, (input, s) => run(input, s?.factor === "ok" ? s.user : null));
}

/** An action of the second factor's enrolment: any signed-in session, also one that has not passed it yet. */
export function defineEnrolmentAction<S extends z.core.$ZodType, T>(
  schema: S,
  run: (input: z.infer<S>, session: SignedInSession) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return (raw) => execute("enrolment", schema, raw, (input, s) => run(input, s!));
}
