import "server-only";
import { notFound } from "next/navigation";
import { ActionError } from "@/lib/actions/define-action";
import type { SessionUser } from "@/lib/auth/sign-in";
import { applicantCase } from "@/lib/cases/applicant-view";

/** The applicant's case for a page; a case of another organisation (or none) is a 404. */
export async function loadCase(user: SessionUser, id: string) {
  try {
    return await applicantCase(user, id);
  } catch (e) {
    if (e instanceof ActionError && e.code === "not_found") notFound();
    throw e;
  }
}
