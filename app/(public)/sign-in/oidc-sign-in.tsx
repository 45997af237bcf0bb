"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useHydrated } from "@/components/form/hydrated-form";

/** The provincial real-name sign-in ("使用爱山东登录"): next-auth sends the browser to the provider. */
export function OidcSignIn({ name, next }: { name: string; next: string }) {
  const t = useTranslations("oidc");
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [failed, setFailed] = useState(false);

  async function go() {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      // next-auth's client loads on click, not with the page
      const { signIn } = await import("next-auth/react");
      await signIn("oidc", { callbackUrl: next });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      {failed && <p className="field-error" role="alert">{t("errors.oidc_failed", { name })}</p>}
      <button type="button" className="btn-secondary w-full" onClick={go} disabled={busy || !hydrated} aria-describedby="oidc-help" data-testid="oidc-sign-in">
        {busy ? t("redirecting", { name }) : t("button", { name })}
      </button>
      <p id="oidc-help" className="help">{t("help", { name })}</p>
    </div>
  );
}
