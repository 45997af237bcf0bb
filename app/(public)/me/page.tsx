import { redirect } from "next/navigation";
import { ENROL_PATH, HOME_BY_ROLE } from "@/lib/auth/guard-page";
import { currentSession } from "@/lib/auth/session";

// After sign-in: each role has its own landing page; staff without a second factor enrol first.
export default async function Me() {
  const s = await currentSession();
  if (s?.factor === "enrol") redirect(ENROL_PATH);
  redirect(s?.factor === "ok" ? HOME_BY_ROLE[s.user.role] : "/sign-in");
}
