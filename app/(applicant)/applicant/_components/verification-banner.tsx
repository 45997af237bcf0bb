import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/sign-in";
import { verificationStanding } from "@/lib/organisations/verification";

/** Says before submit what submit would refuse: the organisation is not verified (or the account has none). Nothing once verified. */
export async function VerificationBanner({ user }: { user: SessionUser }) {
  const [t, s] = await Promise.all([getTranslations("verification.banner"), verificationStanding(user)]);
  if (s.verified) return null;
  const state = !s.bound ? "unbound" : s.latest?.state === "pending" ? "pending" : s.latest?.state === "rejected" ? "rejected" : "unverified";
  const link = state === "pending" ? null : state === "unbound" ? t("goDispute") : t("go");
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="verification-banner" data-state={state}>
      <p className="min-w-0 flex-1">{t(state, { reason: s.latest?.reason ?? "" })}</p>
      <span className="flex shrink-0 flex-wrap gap-2">
        {state === "unbound" && <Link href="/applicant/organisation" className="btn-secondary" data-testid="register-organisation">{t("goRegister")}</Link>}
        {link && <Link href="/applicant/verification" className="btn-secondary">{link}</Link>}
      </span>
    </div>
  );
}
