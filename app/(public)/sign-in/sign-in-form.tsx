"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";

const KNOWN = new Set(["invalid", "throttled", "required", "expired", "server"]);
const CODE_ERRORS = new Set(["code_invalid", "code_throttled", "code_required"]);

/**
 * Password first; an account with a TOTP factor then asks for a code (or a recovery code) and
 * signs in with all three (ADR 022: no session exists between the two steps).
 */
export function SignInForm({ next, initialError }: { next: string; initialError: string | null }) {
  const t = useTranslations("signIn");
  const tf = useTranslations("twoFactor");
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);
  const [creds, setCreds] = useState<{ identifier: string; password: string } | null>(null);
  const [recovery, setRecovery] = useState(false);

  async function attempt(identifier: string, password: string, code?: string) {
    setBusy(true);
    setError(null);
    try {
      // next-auth's client loads on submit, not with the page
      const { signIn } = await import("next-auth/react");
      const res = await signIn("credentials", { identifier, password, ...(code ? { code } : {}), redirect: false });
      if (res?.ok && !res.error) {
        window.location.assign(next);
        return;
      }
      if (res?.error === "second_factor") setCreds({ identifier, password });
      else setError(res?.error && (KNOWN.has(res.error) || CODE_ERRORS.has(res.error)) ? res.error : "invalid");
      // a wrong password on the code step (changed meanwhile) starts over
      if (res?.error && KNOWN.has(res.error)) setCreds(null);
    } catch {
      setError("server");
    }
    setBusy(false);
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = new FormData(e.currentTarget);
    if (creds) {
      const code = String(form.get("code") ?? "").trim();
      if (!code) return setError("code_required");
      return attempt(creds.identifier, creds.password, code);
    }
    const identifier = String(form.get("identifier") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!identifier || !password) return setError("required");
    return attempt(identifier, password);
  }

  if (creds) {
    const codeError = error && CODE_ERRORS.has(error) ? tf(`errors.${error}` as "errors.code_invalid") : undefined;
    const id = recovery ? "recovery-code" : "code";
    return (
      <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" data-testid="code-step">
        <FormAlert message={error && !codeError ? t(`errors.${error}` as "errors.invalid") : null} />
        <p className="text-sm text-slate-700">{tf("codeStepLead")}</p>
        <Field id={id} label={recovery ? tf("recoveryCode") : tf("code")} help={recovery ? tf("recoveryHelp") : tf("codeHelp")} error={codeError} required>
          {recovery ? (
            <input key="recovery" id={id} name="code" className="input font-mono" autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={20} required autoFocus
              aria-invalid={!!codeError} aria-describedby={describedBy(id, true, codeError)} />
          ) : (
            <input key="totp" id={id} name="code" className="input font-mono tracking-[0.3em]" inputMode="numeric" pattern="[0-9]*" autoComplete="one-time-code" maxLength={6} required autoFocus
              aria-invalid={!!codeError} aria-describedby={describedBy(id, true, codeError)} />
          )}
        </Field>
        <button type="submit" className="btn-primary w-full" disabled={busy}>{busy ? t("submitting") : tf("verify")}</button>
        <div className="flex flex-wrap justify-between gap-2 text-sm">
          <button type="button" className="text-brand-700 underline" onClick={() => { setRecovery(!recovery); setError(null); }}>
            {recovery ? tf("useTotp") : tf("useRecovery")}
          </button>
          <button type="button" className="text-slate-600 underline" onClick={() => { setCreds(null); setRecovery(false); setError(null); }}>{tf("back")}</button>
        </div>
      </HydratedForm>
    );
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
