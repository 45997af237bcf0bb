"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useHydrated } from "@/components/form/hydrated-form";
import { useRun } from "../../../_components/use-run";
import { cancelBatchAction } from "./actions";

/** Cancels an open batch (its cases return to payable), after a confirmation. */
export function CancelBatch({ batchId, batchNo, version }: { batchId: string; batchNo: string; version: number }) {
  const t = useTranslations("payment.batches");
  const { pending, error, run } = useRun();
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      <button type="button" className="btn-secondary" onClick={() => setOpen(true)} disabled={!hydrated}>{t("cancelBatch")}</button>
      <ConfirmDialog open={open} title={t("cancelTitle")} confirmLabel={t("cancelYes")} cancelLabel={t("cancel")} pending={pending} danger
        onClose={() => setOpen(false)} onConfirm={() => run(() => cancelBatchAction({ batchId, version }), () => setOpen(false))}>
        <p>{t("cancelBody", { batchNo })}</p>
      </ConfirmDialog>
    </div>
  );
}
