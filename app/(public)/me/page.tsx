import { redirect } from "next/navigation";
import { HOME_BY_ROLE } from "@/lib/auth/guard-page";
import { currentUser } from "@/lib/auth/session";

// After sign-in: each role has its own landing page.
export default async function Me() {
  const u = await currentUser();
  redirect(u ? HOME_BY_ROLE[u.role] : "/sign-in");
}
