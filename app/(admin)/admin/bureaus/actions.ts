"use server";
import { defineAction } from "@/lib/actions/define-action";
import { updateBureauContact } from "@/lib/bureaus/admin";
import { bureauContactSchema } from "@/lib/bureaus/contact-schema";

export const updateBureauContactAction = defineAction(["admin"], bureauContactSchema, async (input, user) => {
  const r = await updateBureauContact(user, input);
  return { bureauId: r.bureauId };
});
