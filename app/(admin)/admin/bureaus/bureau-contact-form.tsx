"use client";
import "@/components/form/zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { bureauContactSchema } from "@/lib/bureaus/contact-schema";
import { useErrorText } from "@/components/use-error-text";
import { updateBureauContactAction } from "./actions";

type Values = { bureauId: string; contactPhone: string; contactEmail: string; addressZh: string; addressEn: string };
const FIELDS = [
  { name: "contactPhone", type: "tel", autoComplete: "tel", inputMode: "tel" },
  { name: "contactEmail", type: "email", autoComplete: "email", inputMode: "email" },
  { name: "addressZh", type: "text", autoComplete: "off", inputMode: "text" },
  { name: "addressEn", type: "text", autoComplete: "off", inputMode: "text" },
] as const;

/** One bureau's contact: phone, e-mail, address in both languages; empty clears a line. */
export function BureauContactForm({ bureau, initial }: { bureau: { id: string; name: string }; initial: Omit<Values, "bureauId"> }) {
  const t = useTranslations("admin.bureaus");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [alert, setAlert] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(bureauContactSchema, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: { bureauId: bureau.id, ...initial },
  });
  const onSubmit = handleSubmit(async (v) => {
    setAlert(null);
    const res = await updateBureauContactAction(v);
    if (!res.ok) {
      for (const [k, m] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof Values, { message: m });
      return setAlert({ text: errText(res.error) ?? "", tone: "error" });
    }
    setAlert({ text: t("saved"), tone: "success" });
    router.refresh();
  });
  const titleId = `bureau-${bureau.id}-title`;
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="card space-y-3" aria-labelledby={titleId} data-testid="bureau-form" data-bureau={bureau.id}>
      <h2 id={titleId} className="text-base font-semibold">{bureau.name}</h2>
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <input type="hidden" {...register("bureauId")} />
      {FIELDS.map((f) => {
        const id = `${bureau.id}-${f.name}`;
        const error = errors[f.name]?.message;
        return (
          <Field key={f.name} id={id} label={t(f.name)} help={t(`${f.name}Help`)} error={errText(error)}>
            <input id={id} type={f.type} inputMode={f.inputMode} autoComplete={f.autoComplete} className="input" aria-invalid={!!error}
              aria-describedby={describedBy(id, true, error)} {...register(f.name)} />
          </Field>
        );
      })}
      <button type="submit" className="btn-primary" disabled={isSubmitting}>{t("save")}</button>
    </HydratedForm>
  );
}
