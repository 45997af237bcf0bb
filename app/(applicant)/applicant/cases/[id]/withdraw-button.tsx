"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useHydrated } from "@/components/form/hydrated-form";
import { useErrorText } from "@/components/use-error-text";
import { discardAction, withdrawAction } from "./actions";

/**
 * 撤回 a submitted case before a decision (asks first, with an optional reason), or 删除 a draft
 * never submitted (asks first, then back to the list).
 */
export function WithdrawButton({ caseId, version, kind = "withdraw" }: { caseId: string; version: number; kind?: "withdraw" | "discard" }) {
  const t = useTranslations(kind === "discard" ? "cases.discard" : "cases.withdraw");
  const errorText = useErrorText("cases");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    const res = await (kind === "discard" ? discardAction({ caseId, version }) : withdrawAction({ caseId, version, reason: reason || undefined }))
      .catch(() => ({ ok: false as const, error: "network" }));
    setBusy(false);
    setOpen(false);
    if (!res.ok) return setError(errorText(res.error));
    if (kind === "discard") router.push("/applicant");
    else router.refresh();
  }

  return (
    <>
      <button type="button" className="btn-secondary text-gov-red" data-testid={`${kind}-button`} disabled={!hydrated} onClick={() => { setError(null); setOpen(true); }}>{t("button")}</button>
      <FormAlert message={error} />
      <ConfirmDialog open={open} title={t("title")} confirmLabel={busy ? t("working") : t("confirm")} cancelLabel={t("cancel")} danger pending={busy}
        onConfirm={() => void confirm()} onClose={() => setOpen(false)}>
        <p>{t("body")}</p>
        {kind === "withdraw" && <>
          <label htmlFor="withdraw-reason" className="label mt-3">{t("reason")}</label>
          <textarea id="withdraw-reason" className="input" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </>}
      </ConfirmDialog>
    </>
  );
}
