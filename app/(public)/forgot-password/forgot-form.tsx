"use client";
import "@/components/form/zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { requestResetAction } from "./actions";
import { forgotSchema, type ForgotInput } from "./schemas";

export function ForgotForm() {
  const t = useTranslations("forgotPassword");
  const te = useTranslations("errors");
  const [alert, setAlert] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  // validated on submit, then as the user types: an error appearing on blur would move the button away from a click
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ForgotInput>({ resolver: zodResolver(forgotSchema) });
  const emailError = errors.email?.message ? te(errors.email.message as "email") : undefined;

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const res = await requestResetAction(values);
    if (!res.ok) {
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof ForgotInput, { message: v });
      setAlert({ text: res.error === "reset_throttled" ? t("throttled") : te(res.error as "validation"), tone: "error" });
      return;
    }
    setAlert({ text: t("sent"), tone: "success" });
  });

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <Field id="email" label={t("email")} error={emailError} required>
        <input id="email" type="email" autoComplete="email" className="input" aria-invalid={!!errors.email}
          aria-describedby={describedBy("email", false, errors.email)} {...register("email")} />
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>{isSubmitting ? t("submitting") : t("submit")}</button>
    </HydratedForm>
  );
}
