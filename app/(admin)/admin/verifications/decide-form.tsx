"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { decideVerificationAction } from "./actions";
import { useHydrated } from "@/components/form/hydrated-form";

/** Approve (with the verifier's "registered in Weihai" answer) or reject with a reason; once per request. */
export function DecideForm({ id, dispute, proposedInCity }: { id: string; dispute: boolean; proposedInCity: boolean }) {
  const t = useTranslations("verification.admin");
  const tv = useTranslations("verification.errors");
  const te = useTranslations("errors");
  const router = useRouter();
  const hydrated = useHydrated();
  const [inCity, setInCity] = useState(proposedInCity);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const text = (code: string) => (tv.has(code) ? tv(code) : te.has(code) ? te(code as "invalid") : te("server"));

  async function decide(approve: boolean) {
    if (inFlight.current) return;
    if (!approve && reason.trim().length < 2) return setReasonError(text("reason_required"));
    inFlight.current = true;
    setBusy(true);
    setError(null);
    const res = await decideVerificationAction(approve ? { id, approve, registeredInCity: inCity } : { id, approve, reason }).catch(() => ({ ok: false as const, error: "network" }));
    inFlight.current = false;
    setBusy(false);
    if (!res.ok) {
      const fe = "fieldErrors" in res ? res.fieldErrors : undefined;
      if (fe?.reason) setReasonError(text(fe.reason));
      else setError(text(res.error));
    }
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <div className="flex items-start gap-2">
        <input id={`incity-${id}`} type="checkbox" className="mt-1 h-4 w-4" checked={inCity} onChange={(e) => setInCity(e.target.checked)} aria-describedby={`incity-${id}-help`} />
        <div>
          <label htmlFor={`incity-${id}`} className="text-sm font-medium">{t("inCity")}</label>
          <p id={`incity-${id}-help`} className="help">{t("inCityHint", { proposal: proposedInCity ? t("yes") : t("no") })}</p>
        </div>
      </div>
      {rejecting ? (
        <div className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
          <label htmlFor={`reason-${id}`} className="label">{t("reasonLabel")}<span aria-hidden className="ml-0.5 text-gov-red">*</span></label>
          <textarea id={`reason-${id}`} className="input min-h-20" value={reason} maxLength={500} aria-invalid={!!reasonError}
            aria-describedby={reasonError ? `reason-${id}-error` : undefined} onChange={(e) => { setReason(e.target.value); setReasonError(null); }} />
          {reasonError && <p id={`reason-${id}-error`} className="field-error" role="alert">{reasonError}</p>}
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn-danger" disabled={busy} onClick={() => decide(false)}>{t("confirmReject")}</button>
            <button type="button" className="btn-secondary" disabled={busy} onClick={() => { setRejecting(false); setReasonError(null); }}>{t("cancel")}</button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-primary" disabled={busy || !hydrated} onClick={() => decide(true)}>{dispute ? t("approveDispute") : t("approve")}</button>
          <button type="button" className="btn-secondary" disabled={busy || !hydrated} onClick={() => setRejecting(true)}>{dispute ? t("rejectDispute") : t("reject")}</button>
        </div>
      )}
    </div>
  );
}
