"use client";
import "@/components/form/zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { resetPasswordAction } from "./actions";
import { resetSchema, type ResetInput } from "./schemas";

const FIELDS = ["password", "confirmPassword"] as const;

export function ResetForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  const te = useTranslations("errors");
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const router = useRouter();
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ResetInput>({
    // validated on submit, then as the user types: an error appearing on blur would move the button away from a click
    resolver: zodResolver(resetSchema), defaultValues: { token },
  });

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const res = await resetPasswordAction(values);
    if (!res.ok) {
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof ResetInput, { message: v });
      setAlert(te(res.error as "validation"));
      return;
    }
    setDone(true);
    router.push("/sign-in?reset=1");
  });

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={done ? t("done") : alert} tone={done ? "success" : "error"} />
      <input type="hidden" {...register("token")} />
      {FIELDS.map((name) => {
        const error = errors[name]?.message ? te(errors[name]!.message as "invalid") : undefined;
        return (
          <Field key={name} id={name} label={t(name)} help={name === "password" ? t("passwordHelp") : undefined} error={error} required>
            <input id={name} type="password" autoComplete="new-password" className="input" aria-invalid={!!errors[name]}
              aria-describedby={describedBy(name, name === "password", errors[name])} {...register(name)} />
          </Field>
        );
      })}
      <button type="submit" className="btn-primary w-full" disabled={isSubmitting || done}>{isSubmitting || done ? t("submitting") : t("submit")}</button>
    </HydratedForm>
  );
}
