"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import * as z from "zod/mini";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { ACCOUNT_DIGITS, bankAccountSchema, type BankAccountInput } from "@/lib/organisations/bank-account";
import { useErrorText } from "@/components/use-error-text";
import { updateBankAccountAction } from "./actions";

/** The organisation's bank account; 开户名称 starts as the organisation's name, which it must equal. */
export function BankAccountForm({ orgName, initial }: { orgName: string; initial: BankAccountInput }) {
  const t = useTranslations("payment.account");
  const te = useTranslations("errors");
  const errorText = useErrorText("cases");
  const [alert, setAlert] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<BankAccountInput>({
    resolver: zodResolver(bankAccountSchema.check(z.refine((v) => v.bankAccountName === orgName, { path: ["bankAccountName"], message: "account_name_mismatch" }))),
    defaultValues: initial,
    mode: "onSubmit",
  });
  const err = (n: keyof BankAccountInput) => (errors[n]?.message ? te(errors[n]!.message as "invalid") : undefined);
  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const res = await updateBankAccountAction(values);
    if (!res.ok) {
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof BankAccountInput, { message: v });
      return setAlert({ tone: "error", text: errorText(res.error) });
    }
    setAlert({ tone: "success", text: t("saved") });
  });
  const input = (n: keyof BankAccountInput, extra: Record<string, string> = {}) => (
    <input id={n} type="text" className="input" aria-invalid={!!errors[n]} aria-describedby={describedBy(n, true, errors[n])} {...extra} {...register(n)} />
  );
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")} data-testid="bank-account-form">
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <Field id="bankAccountName" label={t("accountName")} help={t("accountNameHelp", { orgName })} error={err("bankAccountName")} required>
        {input("bankAccountName", { autoComplete: "organization" })}
      </Field>
      <Field id="bankName" label={t("bankName")} help={t("bankNameHelp")} error={err("bankName")} required>{input("bankName")}</Field>
      <Field id="bankAccountNo" label={t("accountNo")} help={t("accountNoHelp", ACCOUNT_DIGITS)} error={err("bankAccountNo")} required>
        {input("bankAccountNo", { inputMode: "numeric", autoComplete: "off", className: "input font-mono tabular-nums" })}
      </Field>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>{isSubmitting ? t("saving") : t("save")}</button>
    </HydratedForm>
  );
}
