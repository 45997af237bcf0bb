"use server";
import { defineAction } from "@/lib/actions/define-action";
import { registerOwnOrganisation } from "@/lib/organisations/register-own";
import { registerOrganisationSchema } from "./schemas";

export const registerOrganisationAction = defineAction(["applicant"], registerOrganisationSchema, (input, user) =>
  registerOwnOrganisation(user, input));
