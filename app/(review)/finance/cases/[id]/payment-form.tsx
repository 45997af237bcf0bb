"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { formatYuan, parseYuan } from "@/lib/money";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRun } from "../../../_components/use-run";
import { useVoucherFields } from "../../_components/voucher-fields";
import { payAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

/** Finance records the payment: the amount typed must equal the approved amount. */
export function PaymentForm({ caseId, version, approvedFen, today }: { caseId: string; version: number; approvedFen: number; today: string }) {
  const t = useTranslations("review.finance");
  const { pending, error, fieldErrors, setFieldErrors, run } = useRun();
  const [amount, setAmount] = useState("");
  const voucher = useVoucherFields(today, t);
  const { paidOn, voucherNo } = voucher;
  const [open, setOpen] = useState(false);
  const amountFen = parseYuan(amount);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs = voucher.check();
    if (amountFen === null) errs.amountFen = t("amountInvalid");
    else if (amountFen !== approvedFen) errs.amountFen = t("amountMismatch", { approved: formatYuan(approvedFen) });
    setFieldErrors(errs);
    if (!Object.keys(errs).length) setOpen(true);
  }

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" data-testid="payment-form">
      <FormAlert message={error} />
      <Field id="amount" label={t("amount")} help={t("amountHelp", { approved: formatYuan(approvedFen) })} error={fieldErrors.amountFen} required>
        <input id="amount" inputMode="decimal" className="input tabular-nums" value={amount} onChange={(e) => setAmount(e.target.value)}
          aria-invalid={!!fieldErrors.amountFen} aria-describedby={describedBy("amount", true, fieldErrors.amountFen)} />
      </Field>
      {voucher.fields(fieldErrors)}
      <button type="submit" className="btn-primary" disabled={pending}>{t("submit")}</button>
      <ConfirmDialog
        open={open}
        title={t("confirmTitle")}
        confirmLabel={t("confirmYes")}
        cancelLabel={t("cancel")}
        pending={pending}
        onClose={() => setOpen(false)}
        onConfirm={() => amountFen !== null && run(() => payAction({ caseId, version, amountFen, paidOn, voucherNo }), () => setOpen(false))}
      >
        <p>{t("confirmBody", { amount: formatYuan(approvedFen), date: paidOn, voucher: voucherNo })}</p>
      </ConfirmDialog>
    </HydratedForm>
  );
}
