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
import { ORG_TYPES } from "@/rules/core/types";
import { registerOrganisationAction } from "./actions";
import { registerOrganisationSchema, type RegisterOrganisationInput } from "./schemas";

export function RegisterOrganisationForm({ attested, contactName, contactPhone }: { attested: string | null; contactName: string; contactPhone: string }) {
  const t = useTranslations("orgRegistration");
  const ts = useTranslations("signUp");
  const te = useTranslations("errors");
  const to = useTranslations("orgTypes");
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const router = useRouter();
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<RegisterOrganisationInput>({
    resolver: zodResolver(registerOrganisationSchema),
    defaultValues: { creditCode: attested ?? "", registeredInCity: true, orgType: "enterprise", contactName, contactPhone },
    mode: "onBlur",
  });
  const err = (name: keyof RegisterOrganisationInput) => {
    const m = errors[name]?.message;
    return m ? te(m as "invalid") : undefined;
  };

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const res = await registerOrganisationAction(values);
    if (!res.ok) {
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof RegisterOrganisationInput, { message: v });
      setAlert(te(res.error as "validation"));
      return;
    }
    setDone(true);
    router.push("/applicant");
  });

  const input = (name: keyof RegisterOrganisationInput, type = "text", autoComplete?: string, extra: { readOnly?: boolean; help?: boolean } = {}) => (
    <input id={name} type={type} autoComplete={autoComplete} className={`input${extra.readOnly ? " bg-slate-50" : ""}`} readOnly={extra.readOnly}
      aria-invalid={!!errors[name]} aria-describedby={describedBy(name, !!extra.help, errors[name])} {...register(name)} />
  );

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-6">
      <FormAlert message={done ? t("done") : alert} tone={done ? "success" : "error"} />
      <fieldset className="card space-y-4">
        <legend className="px-1 text-base font-semibold">{ts("orgSection")}</legend>
        <Field id="creditCode" label={ts("creditCode")} help={attested ? t("attestedHelp") : ts("creditCodeHelp")} error={err("creditCode")} required>
          {input("creditCode", "text", "off", { readOnly: !!attested, help: true })}
        </Field>
        <Field id="orgName" label={ts("orgName")} error={err("orgName")} required>{input("orgName", "text", "organization")}</Field>
        <Field id="orgType" label={ts("orgType")} error={err("orgType")} required>
          <select id="orgType" className="input" aria-invalid={!!errors.orgType} {...register("orgType")}>
            {ORG_TYPES.map((o) => <option key={o} value={o}>{to(o)}</option>)}
          </select>
        </Field>
        <div className="flex items-start gap-2">
          <input id="registeredInCity" type="checkbox" className="mt-1 h-4 w-4" aria-describedby="registeredInCity-help" {...register("registeredInCity")} />
          <div>
            <label htmlFor="registeredInCity" className="text-sm font-medium">{ts("registeredInCity")}</label>
            <p id="registeredInCity-help" className="help">{ts("registeredInCityHelp")}</p>
          </div>
        </div>
      </fieldset>
      <fieldset className="card space-y-4">
        <legend className="px-1 text-base font-semibold">{t("contactSection")}</legend>
        <Field id="contactName" label={ts("contactName")} error={err("contactName")} required>{input("contactName", "text", "name")}</Field>
        <Field id="contactPhone" label={ts("contactPhone")} error={err("contactPhone")} required>{input("contactPhone", "tel", "tel")}</Field>
      </fieldset>
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={isSubmitting || done}>
        {isSubmitting || done ? ts("submitting") : t("submit")}
      </button>
    </HydratedForm>
  );
}
