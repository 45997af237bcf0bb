"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addColleague, updateContact } from "@/lib/organisations/members";
import { colleagueSchema, contactSchema } from "./schemas";

export const updateContactAction = defineAction(["applicant"], contactSchema, async (input, user) => {
  await updateContact(user, input);
  revalidatePath("/applicant/profile");
  return { saved: true };
});

export const addColleagueAction = defineAction(["applicant"], colleagueSchema, async (input, user) => {
  const u = await addColleague(user, input);
  revalidatePath("/applicant/profile");
  return { id: u.id, email: u.email };
});
