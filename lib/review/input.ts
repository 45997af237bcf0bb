import "server-only";
import type { z } from "zod";
import { ActionError, fieldErrorsOf } from "../errors";

/** Services check their input themselves too: the rules hold whoever calls them (action, script, test). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw new ActionError("validation", fieldErrorsOf(r.error));
  return r.data;
}
