"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/use-error-text";
import { blacklistAction, clearBlacklistAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

/** Mark an organisation as credit-blacklisted (reason and date required) or clear it. */
export function BlacklistControl({ organisationId, blacklisted, today }: { organisationId: string; blacklisted: boolean; today: string }) {
  const t = useTranslations("admin.users");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [reason, setReason] = useState("");
  const [listedOn, setListedOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      setErrors({});
      setError(null);
      const res = blacklisted ? await clearBlacklistAction({ organisationId, reason }) : await blacklistAction({ organisationId, reason, listedOn });
      if (!res.ok) {
        setErrors(res.fieldErrors ?? {});
        setError(errText(res.error) ?? null);
        return;
      }
      setReason("");
      router.refresh();
    });
  };
  const id = (n: string) => `${n}-${organisationId}`;
  return (
    <details>
      <summary className={`btn-secondary cursor-pointer list-none px-3 py-1 text-sm ${blacklisted ? "" : "text-gov-red"}`}>{blacklisted ? t("clear") : t("blacklist")}</summary>
      <HydratedForm onSubmit={submit} noValidate className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
        {error && <p role="alert" className="field-error">{error}</p>}
        <div>
          <label htmlFor={id("reason")} className="label">{blacklisted ? t("clearReason") : t("blacklistReason")}</label>
          <textarea id={id("reason")} rows={2} className="input" value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={!!errors.reason}
            aria-describedby={errors.reason ? id("reason-error") : undefined} />
          {errors.reason && <p id={id("reason-error")} className="field-error">{errText(errors.reason)}</p>}
        </div>
        {!blacklisted && (
          <div>
            <label htmlFor={id("listedOn")} className="label">{t("listedOn")}</label>
            <input id={id("listedOn")} type="date" className="input w-44" value={listedOn} max={today} onChange={(e) => setListedOn(e.target.value)} aria-invalid={!!errors.listedOn}
              aria-describedby={errors.listedOn ? id("listedOn-error") : undefined} />
            {errors.listedOn && <p id={id("listedOn-error")} className="field-error">{errText(errors.listedOn)}</p>}
          </div>
        )}
        <button type="submit" className={blacklisted ? "btn-primary px-3 py-1" : "btn-danger px-3 py-1"} disabled={pending}>{blacklisted ? t("clearSubmit") : t("blacklistSubmit")}</button>
      </HydratedForm>
    </details>
  );
}
