"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { knownThroughSchema, lprRateSchema, type LprRateInput } from "@/lib/admin/lpr-schema";
import { useErrorText } from "@/components/use-error-text";
import { addLprRateAction, moveKnownThroughAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

type Alert = { text: string; tone: "error" | "success" } | null;

export function AddLprForm() {
  const t = useTranslations("admin.lpr");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [alert, setAlert] = useState<Alert>(null);
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<LprRateInput>({ resolver: zodResolver(lprRateSchema) });
  const onSubmit = handleSubmit(async (v) => {
    setAlert(null);
    const res = await addLprRateAction(v);
    if (!res.ok) {
      for (const [k, m] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof LprRateInput, { message: m });
      return setAlert({ text: errText(res.error) ?? "", tone: "error" });
    }
    reset();
    setAlert({ text: t("added", { month: res.data.month }), tone: "success" });
    router.refresh();
  });
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="card space-y-3" aria-labelledby="add-lpr-title">
      <h2 id="add-lpr-title" className="text-base font-semibold">{t("addTitle")}</h2>
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="month" label={t("month")} help={t("monthHelp")} error={errText(errors.month?.message)} required>
          <input id="month" type="month" className="input" aria-invalid={!!errors.month} aria-describedby={describedBy("month", true, errors.month)} {...register("month")} />
        </Field>
        <Field id="bp" label={t("bp")} help={t("bpHelp")} error={errText(errors.bp?.message)} required>
          <input id="bp" type="number" inputMode="numeric" className="input" aria-invalid={!!errors.bp} aria-describedby={describedBy("bp", true, errors.bp)} {...register("bp", { valueAsNumber: true })} />
        </Field>
      </div>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>{t("add")}</button>
    </HydratedForm>
  );
}

export function KnownThroughForm({ current }: { current: string }) {
  const t = useTranslations("admin.lpr");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [alert, setAlert] = useState<Alert>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<{ knownThrough: string }>({
    resolver: zodResolver(knownThroughSchema), defaultValues: { knownThrough: current },
  });
  const onSubmit = handleSubmit(async (v) => {
    setAlert(null);
    const res = await moveKnownThroughAction(v);
    if (!res.ok) {
      for (const [k, m] of Object.entries(res.fieldErrors ?? {})) setError(k as "knownThrough", { message: m });
      return setAlert({ text: errText(res.error) ?? "", tone: "error" });
    }
    setAlert({ text: t("moved", { month: res.data.knownThrough }), tone: "success" });
    router.refresh();
  });
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="card space-y-3" aria-labelledby="known-title">
      <h2 id="known-title" className="text-base font-semibold">{t("moveTitle")}</h2>
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <Field id="knownThrough" label={t("knownThrough")} help={t("knownThroughHelp", { current })} error={errText(errors.knownThrough?.message, { current })} required>
        <input id="knownThrough" type="month" className="input" aria-invalid={!!errors.knownThrough}
          aria-describedby={describedBy("knownThrough", true, errors.knownThrough)} {...register("knownThrough")} />
      </Field>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>{t("move")}</button>
    </HydratedForm>
  );
}
