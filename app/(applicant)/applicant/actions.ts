"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { acceptOffer, declineOffer } from "@/lib/offers/accept";

const offerId = z.string().min(1).max(64);

// 免申即享: accept (signs the commitment; the offer becomes a submitted case) or decline the organisation's own offer
export const acceptOfferAction = defineAction(["applicant"], z.object({ offerId, commitment: z.literal(true) }), async (input, user) => {
  const r = await acceptOffer(user, input);
  revalidatePath("/applicant");
  return r;
});

export const declineOfferAction = defineAction(["applicant"], z.object({ offerId }), async (input, user) => {
  await declineOffer(user, input);
  revalidatePath("/applicant");
  return { declined: true };
});
