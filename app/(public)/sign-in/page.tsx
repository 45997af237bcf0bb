import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/client-messages";
import { FormAlert } from "@/components/form/form-alert";
import { ENROL_PATH, HOME_BY_ROLE } from "@/lib/auth/guard-page";
import { safeNextPath } from "@/lib/auth/navigation";
import { currentSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { oidcSettings } from "@/lib/auth/oidc/provider";
import { OidcSignIn } from "./oidc-sign-in";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

// the site's origin, to resolve `next` against (any fixed origin would do: only a path is kept)
const ORIGIN = env.NEXTAUTH_URL ?? "http://localhost";
// the provincial real-name sign-in, when configured
const OIDC = oidcSettings(env);
// next-auth's own error codes for a provider round trip that failed (pages.error is this page)
const OIDC_ERRORS = new Set(["OAuthSignin", "OAuthCallback", "Callback", "AccessDenied", "OAuthCreateAccount", "Configuration"]);

function oidcError(error: string | undefined): string | null {
  if (!OIDC || !error) return null;
  if (["oidc_invalid", "oidc_throttled", "oidc_failed"].includes(error)) return error;
  return OIDC_ERRORS.has(error) ? "oidc_failed" : null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string; registered?: string; reset?: string }> }) {
  const { next, error, registered, reset } = await searchParams;
  const safeNext = safeNextPath(typeof next === "string" ? next : undefined, ORIGIN);
  // a session that owes its factor: staff enrol first; a password-only session signs in again here
  const s = await currentSession();
  if (s?.factor === "enrol") redirect(`${ENROL_PATH}${safeNext ? `?next=${encodeURIComponent(safeNext)}` : ""}`);
  if (s?.factor === "ok") redirect(safeNext ?? HOME_BY_ROLE[s.user.role]);
  const t = await getTranslations("signIn");
  const oidcName = OIDC ? ((await getLocale()) === "en" ? OIDC.displayName.en : OIDC.displayName.zh) : null;
  const oidcFailure = oidcError(error);
  const to = await getTranslations("oidc");
  const tf = await getTranslations("forgotPassword");
  const tr = await getTranslations("resetPassword");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title mb-6">{t("title")}</h1>
      {registered === "1" && <div className="mb-4"><FormAlert tone="info" message={t("registered")} /></div>}
      {oidcFailure && <div className="mb-4"><FormAlert message={to(`errors.${oidcFailure}` as "errors.oidc_failed", { name: oidcName ?? "" })} /></div>}
      {reset === "1" && <div className="mb-4"><FormAlert tone="success" message={tr("done")} /></div>}
      <div className="card">
        <ClientMessages namespaces={["signIn", "twoFactor"]}>
          <SignInForm next={safeNext ?? "/me"} initialError={error === "SessionRequired" ? "expired" : null} />
        </ClientMessages>
        {oidcName && (
          <>
            <p className="my-4 flex items-center gap-3 text-xs text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">{to("or")}</p>
            <ClientMessages namespaces={["oidc"]}>
              <OidcSignIn name={oidcName} next={safeNext ?? "/me"} />
            </ClientMessages>
          </>
        )}
        <p className="mt-4 text-right text-sm"><Link href="/forgot-password">{tf("link")}</Link></p>
      </div>
      <p className="mt-4 text-center text-sm text-slate-700">
        {t("noAccount")} <Link href="/sign-up">{t("register")}</Link>
      </p>
    </div>
  );
}
