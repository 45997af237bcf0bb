"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { markAllRead, markRead } from "@/lib/notifications/inbox";

const ALL_ROLES = ["applicant", "reviewer", "finance", "admin"] as const;

export const markReadAction = defineAction(ALL_ROLES, z.object({ id: z.string().min(1).max(64) }), async ({ id }, user) => {
  await markRead(user, id);
  revalidatePath("/", "layout");
  return { read: true };
});

// no input: anything but {} is refused (strict), so a stray argument cannot pass as "mark all"
export const markAllReadAction = defineAction(ALL_ROLES, z.object({}).strict(), async (_input, user) => {
  const n = await markAllRead(user);
  revalidatePath("/", "layout");
  return { count: n };
});
