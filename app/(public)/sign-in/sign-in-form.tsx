"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";

const KNOWN = new Set(["invalid", "throttled", "required", "expired"]);

export function SignInForm({ next, initialError }: { next: string; initialError: string | null }) {
  const t = useTranslations("signIn");
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = new FormData(e.currentTarget);
    const identifier = String(form.get("identifier") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!identifier || !password) return setError("required");
    setBusy(true);
    setError(null);
    try {
      // next-auth's client loads on submit, not with the page
      const { signIn } = await import("next-auth/react");
      const res = await signIn("credentials", { identifier, password, redirect: false });
      if (res?.ok && !res.error) {
        window.location.assign(next);
        return;
      }
      setError(res?.error && KNOWN.has(res.error) ? res.error : "invalid");
    } catch {
      setError("server");
    }
    setBusy(false);
  }

  const msg = error ? (error === "expired" ? t("expired") : t(`errors.${error}` as "errors.invalid")) : null;
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={msg} />
      <Field id="identifier" label={t("identifier")} help={t("identifierHelp")} required>
        <input id="identifier" name="identifier" className="input" autoComplete="username" required aria-describedby={describedBy("identifier", true)} />
      </Field>
      <Field id="password" label={t("password")} required>
        <input id="password" name="password" type="password" className="input" autoComplete="current-password" required />
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={busy}>{busy ? t("submitting") : t("submit")}</button>
    </HydratedForm>
  );
}
