"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { addCalendarDaySchema, type AddCalendarDayInput } from "@/lib/calendar/calendar-schema";
import { useErrorText } from "@/components/use-error-text";
import { addCalendarDayAction, removeCalendarDayAction } from "./actions";

type Alert = { text: string; tone: "error" | "success" } | null;

export function AddCalendarDayForm({ year }: { year: number }) {
  const t = useTranslations("jobs.calendar");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [alert, setAlert] = useState<Alert>(null);
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<AddCalendarDayInput>({
    resolver: zodResolver(addCalendarDaySchema), defaultValues: { date: "", kind: "holiday", nameZh: "" },
  });
  const onSubmit = handleSubmit(async (v) => {
    setAlert(null);
    const res = await addCalendarDayAction(v);
    if (!res.ok) {
      for (const [k, m] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof AddCalendarDayInput, { message: m });
      return setAlert({ text: errText(res.error) ?? "", tone: "error" });
    }
    reset({ date: "", kind: v.kind, nameZh: v.nameZh });
    setAlert({ text: t("added", { date: res.data.date }), tone: "success" });
    router.refresh();
  });
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="card space-y-3" aria-labelledby="add-day-title">
      <h2 id="add-day-title" className="text-base font-semibold">{t("addTitle")}</h2>
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <Field id="date" label={t("date")} help={t("dateHelp")} error={errText(errors.date?.message)} required>
        <input id="date" type="date" min={`${year - 1}-01-01`} className="input" aria-invalid={!!errors.date} aria-describedby={describedBy("date", true, errors.date)} {...register("date")} />
      </Field>
      <Field id="kind" label={t("kind")} help={t("kindHelp")} error={errText(errors.kind?.message)} required>
        <select id="kind" className="input" aria-invalid={!!errors.kind} aria-describedby={describedBy("kind", true, errors.kind)} {...register("kind")}>
          <option value="holiday">{t("kinds.holiday")}</option>
          <option value="workday">{t("kinds.workday")}</option>
        </select>
      </Field>
      <Field id="nameZh" label={t("name")} help={t("nameHelp")} error={errText(errors.nameZh?.message)} required>
        <input id="nameZh" className="input" maxLength={40} aria-invalid={!!errors.nameZh} aria-describedby={describedBy("nameZh", true, errors.nameZh)} {...register("nameZh")} />
      </Field>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>{t("add")}</button>
    </HydratedForm>
  );
}

export function RemoveCalendarDayButton({ date }: { date: string }) {
  const t = useTranslations("jobs.calendar");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setErrorText] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button type="button" className="btn-secondary px-2 py-1 text-xs" disabled={busy} aria-label={t("removeLabel", { date })}
        onClick={async () => {
          setBusy(true);
          setErrorText(null);
          const res = await removeCalendarDayAction({ date });
          setBusy(false);
          if (!res.ok) return setErrorText(errText(res.error) ?? "");
          router.refresh();
        }}>
        {t("remove")}
      </button>
      {error && <span role="alert" className="text-xs text-gov-red">{error}</span>}
    </span>
  );
}
