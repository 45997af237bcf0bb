"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorText } from "@/components/use-error-text";
import { addColleagueAction } from "./actions";
import { colleagueSchema, type ColleagueInput } from "./schemas";
import { HydratedForm } from "@/components/form/hydrated-form";

/** Adds a colleague's account to the organisation; they sign in with their email and this initial password. */
export function ColleagueForm() {
  const t = useTranslations("cases.profile");
  const te = useTranslations("errors");
  const errorText = useErrorText("cases");
  const [alert, setAlert] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<ColleagueInput>({
    resolver: zodResolver(colleagueSchema),
    defaultValues: { name: "", email: "", password: "" },
    mode: "onSubmit",
  });
  const err = (n: keyof ColleagueInput) => (errors[n]?.message ? te(errors[n]!.message as "invalid") : undefined);
  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const res = await addColleagueAction(values);
    if (!res.ok) {
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof ColleagueInput, { message: v });
      return setAlert({ tone: "error", text: errorText(res.error) });
    }
    reset();
    setAlert({ tone: "success", text: t("colleagueAdded", { email: res.data.email }) });
  });
  const input = (n: keyof ColleagueInput, type: string, ac: string, help = false) => (
    <input id={`colleague-${n}`} type={type} autoComplete={ac} className="input" aria-invalid={!!errors[n]}
      aria-describedby={describedBy(`colleague-${n}`, help, errors[n])} {...register(n)} />
  );
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("addColleague")}>
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <Field id="colleague-name" label={t("colleagueName")} error={err("name")} required>{input("name", "text", "off")}</Field>
      <Field id="colleague-email" label={t("colleagueEmail")} error={err("email")} required>{input("email", "email", "off")}</Field>
      <Field id="colleague-password" label={t("colleaguePassword")} help={t("colleaguePasswordHelp")} error={err("password")} required>
        {input("password", "password", "new-password", true)}
      </Field>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>{isSubmitting ? t("adding") : t("addColleague")}</button>
    </HydratedForm>
  );
}
