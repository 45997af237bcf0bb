"use client";
import "@/components/form/zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { ORG_TYPES } from "@/rules/core/types";
import { signUp } from "./actions";
import { signUpSchema, type SignUpInput } from "./schemas";
import { HydratedForm } from "@/components/form/hydrated-form";

const TEXT_FIELDS = [
  ["contactName", "text", "name"],
  ["contactPhone", "tel", "tel"],
  ["email", "email", "email"],
  ["password", "password", "new-password"],
  ["confirmPassword", "password", "new-password"],
] as const;

export function SignUpForm() {
  const t = useTranslations("signUp");
  const te = useTranslations("errors");
  const to = useTranslations("orgTypes");
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const router = useRouter();
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { orgType: "enterprise" },
    mode: "onBlur",
  });
  const err = (name: keyof SignUpInput) => {
    const m = errors[name]?.message;
    return m ? te(m as "invalid") : undefined;
  };

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const res = await signUp(values);
    if (!res.ok) {
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof SignUpInput, { message: v });
      setAlert(te(res.error as "validation"));
      return;
    }
    // no automatic sign-in: whether it worked would tell that the code or email was already registered
    setDone(true);
    router.push("/sign-in?registered=1");
  });

  const input = (name: keyof SignUpInput, type = "text", autoComplete?: string) => (
    <input id={name} type={type} autoComplete={autoComplete} className="input" aria-invalid={!!errors[name]}
      aria-describedby={describedBy(name, ["creditCode", "password"].includes(name), errors[name])} {...register(name)} />
  );

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-6">
      <FormAlert message={done ? t("done") : alert} tone={done ? "success" : "error"} />
      <fieldset className="card space-y-4">
        <legend className="px-1 text-base font-semibold">{t("orgSection")}</legend>
        <Field id="creditCode" label={t("creditCode")} help={t("creditCodeHelp")} error={err("creditCode")} required>
          {input("creditCode", "text", "off")}
        </Field>
        <Field id="orgName" label={t("orgName")} error={err("orgName")} required>{input("orgName", "text", "organization")}</Field>
        <Field id="orgType" label={t("orgType")} error={err("orgType")} required>
          <select id="orgType" className="input" aria-invalid={!!errors.orgType} {...register("orgType")}>
            {ORG_TYPES.map((o) => <option key={o} value={o}>{to(o)}</option>)}
          </select>
        </Field>
        <p className="help" data-testid="verify-note">{t("verifyNote")}</p>
      </fieldset>
      <fieldset className="card space-y-4">
        <legend className="px-1 text-base font-semibold">{t("contactSection")}</legend>
        {TEXT_FIELDS.map(([name, type, ac]) => (
          <Field key={name} id={name} label={t(name)} help={name === "password" ? t("passwordHelp") : undefined} error={err(name)} required>
            {input(name, type, ac)}
          </Field>
        ))}
      </fieldset>
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={isSubmitting || done}>
        {isSubmitting || done ? t("submitting") : t("submit")}
      </button>
    </HydratedForm>
  );
}
