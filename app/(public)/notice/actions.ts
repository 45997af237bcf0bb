"use server";
import { ActionError, definePublicAction, type ActionResult } from "@/lib/actions/define-action";
import { clientAddress } from "@/lib/auth/client-address";
import { lodgeObjection } from "@/lib/review/objections";
import { allowObjection } from "@/lib/review/rate-limit";
import { objectionSchema } from "@/lib/review/schemas";

const lodge = definePublicAction(objectionSchema, async (input, user) => {
  if (!(await allowObjection(await clientAddress()))) throw new ActionError("rate_limited");
  return lodgeObjection(input, user);
});

export type ObjectionState = (ActionResult<{ objectionId: string; refNo: string }> & { values?: Record<string, string> }) | null;

/** Form action (works without JavaScript): the typed values come back with any error. */
export async function objectAction(_prev: ObjectionState, form: FormData): Promise<ObjectionState> {
  // a hand-made request may send anything in place of the form
  if (!(form instanceof FormData)) return { ok: false, error: "validation" };
  const values = Object.fromEntries(["caseId", "name", "contact", "text"].map((k) => [k, String(form.get(k) ?? "")]));
  const res = await lodge(values);
  return res.ok ? res : { ...res, values };
}
