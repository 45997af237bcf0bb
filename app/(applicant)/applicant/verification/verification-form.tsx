"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { ORG_TYPES } from "@/rules/core/types";

type Facts = { creditCode: string; name: string; orgType: string };

/**
 * The licence upload with the facts it proves: verification and change requests of the applicant's
 * organisation, or a dispute of a registered code (mode "dispute"). Errors appear next to their field.
 */
export function VerificationForm({ mode, initial, maxMb }: { mode: "initial" | "change" | "dispute"; initial: Facts; maxMb: number }) {
  const t = useTranslations("verification");
  const tv = useTranslations("verification.errors");
  const tc = useTranslations("cases.errors");
  const te = useTranslations("errors");
  const to = useTranslations("orgTypes");
  const router = useRouter();
  const [facts, setFacts] = useState(initial);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const text = (code: string, values?: Record<string, string | number>) =>
    tv.has(code) ? tv(code) : tc.has(code) ? tc(code, values) : te.has(code) ? te(code as "invalid") : te("server");

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setAlert(null);
    const local: Record<string, string> = {};
    if (!file) local.file = text("required");
    else if (file.size === 0) local.file = text("file_empty");
    else if (file.size > maxMb * 1024 * 1024) local.file = text("file_too_large", { maxMb });
    setErrors(local);
    if (Object.keys(local).length) return;
    const body = new FormData();
    body.set("creditCode", facts.creditCode);
    body.set("name", facts.name);
    body.set("orgType", facts.orgType);
    body.set("file", file!);
    setBusy(true);
    const res = await fetch("/api/organisation/verification", { method: "POST", body }).catch(() => null);
    const out = (await res?.json().catch(() => null)) as { ok?: boolean; error?: string; fieldErrors?: Record<string, string>; detail?: Record<string, number> } | null;
    setBusy(false);
    if (res?.ok && out?.ok) {
      setSent(true);
      router.refresh();
      return;
    }
    const fe = Object.fromEntries(Object.entries(out?.fieldErrors ?? {}).map(([k, v]) => [k, text(v)]));
    if (out?.error && out.error.startsWith("file_")) fe.file = text(out.error, out.detail ?? { maxMb });
    setErrors(fe);
    setAlert(Object.keys(fe).length ? null : text(out?.error ?? "network", out?.detail));
  }

  const field = (name: "creditCode" | "name", autoComplete: string, readOnly = false) => (
    <input id={`v-${name}`} className={readOnly ? "input bg-slate-100 text-slate-700" : "input"} autoComplete={autoComplete} value={facts[name]} readOnly={readOnly}
      aria-invalid={!!errors[name]} aria-describedby={describedBy(`v-${name}`, name === "creditCode" && readOnly, errors[name])}
      onChange={(e) => setFacts({ ...facts, [name]: e.target.value })} />
  );

  if (sent) return <FormAlert message={t("sent")} tone="success" />;
  return (
    <HydratedForm onSubmit={submit} noValidate className="space-y-4" data-testid={`verification-form-${mode}`}>
      <FormAlert message={alert} />
      <Field id="v-creditCode" label={t("creditCode")} help={mode === "initial" ? t("creditCodeFixed") : undefined} error={errors.creditCode} required>
        {field("creditCode", "off", mode === "initial")}
      </Field>
      <Field id="v-name" label={t("name")} error={errors.name} required>{field("name", "organization")}</Field>
      <Field id="v-orgType" label={t("orgType")} error={errors.orgType} required>
        <select id="v-orgType" className="input" value={facts.orgType} onChange={(e) => setFacts({ ...facts, orgType: e.target.value })}>
          {ORG_TYPES.map((o) => <option key={o} value={o}>{to(o)}</option>)}
        </select>
      </Field>
      <Field id="v-file" label={t("licence")} help={t("licenceHelp", { maxMb })} error={errors.file} required>
        <input id="v-file" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="block w-full text-sm"
          aria-invalid={!!errors.file} aria-describedby={describedBy("v-file", true, errors.file)} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Field>
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={busy}>{busy ? t("submitting") : t("submit")}</button>
    </HydratedForm>
  );
}
