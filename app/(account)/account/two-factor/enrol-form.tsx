"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { confirmEnrolmentAction } from "./actions";

/**
 * The QR code and secret, the confirmation with a code, then the ten recovery codes once (the QR
 * and secret are gone by then).
 */
export function EnrolForm({ next, qr, secret }: { next: string; qr: string; secret: string }) {
  const t = useTranslations("twoFactor");
  const te = useTranslations("errors");
  const [pending, start] = useTransition();
  const [error, setError] = useState<{ field?: string; form?: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    const download = () => {
      const url = URL.createObjectURL(new Blob([`${t("fileHeader")}\n\n${codes.join("\n")}\n`], { type: "text/plain;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = "weihai-recovery-codes.txt";
      a.click();
      URL.revokeObjectURL(url);
    };
    return (
      <section className="card space-y-3" data-testid="recovery-codes" aria-labelledby="codes-title">
        <h2 id="codes-title" className="font-semibold text-amber-900">{t("codesTitle")}</h2>
        <p className="text-sm text-slate-700">{t("codesLead")}</p>
        <ol className="grid grid-cols-1 gap-2 rounded border border-amber-300 bg-amber-50 p-3 font-mono text-base sm:grid-cols-2">
          {codes.map((c) => <li key={c} data-testid="recovery-code">{c}</li>)}
        </ol>
        <div className="flex flex-wrap gap-2 print:hidden">
          <button type="button" className="btn-secondary" onClick={download}>{t("download")}</button>
          <button type="button" className="btn-secondary" onClick={() => window.print()}>{t("print")}</button>
          <button type="button" className="btn-primary" onClick={() => window.location.assign(next)}>{t("continue")}</button>
        </div>
      </section>
    );
  }

  const fieldError = error?.field ? t(`errors.${error.field}` as "errors.code_invalid") : undefined;
  return (
    <>
    <section className="card space-y-3" aria-labelledby="step1">
      <h2 id="step1" className="font-semibold">{t("step1")}</h2>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
      <img src={qr} alt={t("qrAlt")} width={200} height={200} className="mx-auto h-48 w-48 rounded border border-slate-200 bg-white p-1" data-testid="totp-qr" />
      <p className="text-sm text-slate-700">{t("manual")}</p>
      <p className="break-words rounded bg-slate-100 px-3 py-2 text-center font-mono text-base tracking-wider" data-testid="totp-secret">{secret}</p>
    </section>
    <section className="card space-y-3" aria-labelledby="step2">
      <h2 id="step2" className="font-semibold">{t("step2")}</h2>
      <HydratedForm noValidate className="space-y-3" onSubmit={(e) => {
        e.preventDefault();
        const code = String(new FormData(e.currentTarget).get("code") ?? "").trim();
        if (!code) return setError({ field: "code_required" });
        start(async () => {
          const res = await confirmEnrolmentAction({ code });
          if (res.ok) return setCodes(res.data);
          const f = res.fieldErrors?.code;
          setError(f ? { field: f === "code_throttled" ? f : "code_invalid" } : { form: te.has(res.error) ? te(res.error) : te("server") });
        });
      }}>
        <FormAlert message={error?.form ?? null} />
        <Field id="enrol-code" label={t("code")} error={fieldError} required>
          <input id="enrol-code" name="code" className="input max-w-48 font-mono tracking-[0.3em]" inputMode="numeric" pattern="[0-9]*" autoComplete="one-time-code" maxLength={6} required
            aria-invalid={!!fieldError} aria-describedby={describedBy("enrol-code", false, fieldError)} />
        </Field>
        <button type="submit" className="btn-primary" disabled={pending}>{pending ? t("confirming") : t("confirm")}</button>
      </HydratedForm>
    </section>
    </>
  );
}
