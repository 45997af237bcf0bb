"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorText } from "@/components/use-error-text";
import { updateContactAction } from "./actions";
import { contactSchema, type ContactInput } from "./schemas";
import { HydratedForm } from "@/components/form/hydrated-form";

export function ContactForm({ initial }: { initial: ContactInput }) {
  const t = useTranslations("cases.profile");
  const te = useTranslations("errors");
  const errorText = useErrorText("cases");
  const [alert, setAlert] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ContactInput>({
    resolver: zodResolver(contactSchema),
    defaultValues: initial,
    mode: "onSubmit",
  });
  const err = (n: keyof ContactInput) => (errors[n]?.message ? te(errors[n]!.message as "invalid") : undefined);
  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const res = await updateContactAction(values);
    if (!res.ok) {
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof ContactInput, { message: v });
      return setAlert({ tone: "error", text: errorText(res.error) });
    }
    setAlert({ tone: "success", text: t("contactSaved") });
  });
  const input = (n: keyof ContactInput, type: string, ac: string) => (
    <input id={n} type={type} autoComplete={ac} className="input" aria-invalid={!!errors[n]} aria-describedby={describedBy(n, false, errors[n])} {...register(n)} />
  );
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("contactTitle")}>
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <Field id="contactName" label={t("contactName")} error={err("contactName")} required>{input("contactName", "text", "name")}</Field>
      <Field id="contactPhone" label={t("contactPhone")} error={err("contactPhone")} required>{input("contactPhone", "tel", "tel")}</Field>
      <Field id="address" label={t("address")} error={err("address")}>{input("address", "text", "street-address")}</Field>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>{isSubmitting ? t("saving") : t("saveContact")}</button>
    </HydratedForm>
  );
}
