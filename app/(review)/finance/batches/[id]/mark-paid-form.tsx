"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRun } from "../../../_components/use-run";
import { useVoucherFields } from "../../_components/voucher-fields";
import { markBatchPaidAction } from "./actions";

/** The second finance officer marks the whole batch paid, after a confirmation naming count and total. */
export function MarkPaidForm({ batchId, batchNo, version, count, total, today }: {
  batchId: string; batchNo: string; version: number; count: number; total: string; today: string;
}) {
  const t = useTranslations("payment.batches");
  const { pending, error, fieldErrors, setFieldErrors, run } = useRun();
  const voucher = useVoucherFields(today, t);
  const { paidOn, voucherNo } = voucher;
  const [open, setOpen] = useState(false);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs = voucher.check();
    setFieldErrors(errs);
    if (!Object.keys(errs).length) setOpen(true);
  }

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" data-testid="mark-paid-form" aria-label={t("markTitle")}>
      <FormAlert message={error} />
      {voucher.fields(fieldErrors)}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>{t("mark")}</button>
      <ConfirmDialog
        open={open}
        title={t("confirmTitle")}
        confirmLabel={t("confirmYes")}
        cancelLabel={t("cancel")}
        pending={pending}
        onClose={() => setOpen(false)}
        onConfirm={() => run(() => markBatchPaidAction({ batchId, version, paidOn, voucherNo }), () => setOpen(false))}
      >
        <p>{t("confirmBody", { batchNo, count, total, date: paidOn, voucher: voucherNo })}</p>
      </ConfirmDialog>
    </HydratedForm>
  );
}
