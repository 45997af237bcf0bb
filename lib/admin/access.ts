import "server-only";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";

/**
 * Every admin service starts here, whoever calls it (action, route handler, test): anyone but
 * an admin is refused, so a service can never be reached around the action wrapper.
 */
export function requireAdmin(user: SessionUser | null | undefined): SessionUser {
  if (!user) throw new ActionError("unauthenticated");
  if (user.role !== "admin") throw new ActionError("forbidden");
  return user;
}
