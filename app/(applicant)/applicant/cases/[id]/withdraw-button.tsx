"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { ConfirmDialog } from "../../_components/confirm-dialog";
import { useErrorText } from "../../_components/use-error-text";
import { withdrawAction } from "./actions";

/** 撤回: asks first (with an optional reason), then withdraws the case before a decision. */
export function WithdrawButton({ caseId, version }: { caseId: string; version: number }) {
  const t = useTranslations("cases.withdraw");
  const errorText = useErrorText();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    const res = await withdrawAction({ caseId, version, reason: reason || undefined }).catch(() => ({ ok: false as const, error: "network" }));
    setBusy(false);
    setOpen(false);
    if (!res.ok) return setError(errorText(res.error));
    router.refresh();
  }

  return (
    <>
      <button type="button" className="btn-secondary text-gov-red" onClick={() => { setError(null); setOpen(true); }}>{t("button")}</button>
      <FormAlert message={error} />
      <ConfirmDialog open={open} title={t("title")} confirmLabel={busy ? t("working") : t("confirm")} cancelLabel={t("cancel")} danger busy={busy}
        onConfirm={() => void confirm()} onCancel={() => setOpen(false)}>
        <p>{t("body")}</p>
        <label htmlFor="withdraw-reason" className="label mt-3">{t("reason")}</label>
        <textarea id="withdraw-reason" className="input" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </ConfirmDialog>
    </>
  );
}
