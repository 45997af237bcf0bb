"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { STAFF_ROLES, staffSchema, type StaffInput } from "@/lib/admin/user-schema";
import { useErrorText } from "@/components/use-error-text";
import { createStaffAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

export function CreateStaffForm({ bureaus }: { bureaus: { id: string; name: string }[] }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [alert, setAlert] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const { register, handleSubmit, setError, reset, control, formState: { errors, isSubmitting } } = useForm<StaffInput>({
    resolver: zodResolver(staffSchema), defaultValues: { role: "reviewer", bureauId: "sci-tech" }, mode: "onBlur",
  });
  const role = useWatch({ control, name: "role" });
  const onSubmit = handleSubmit(async (v) => {
    setAlert(null);
    const res = await createStaffAction(v);
    if (!res.ok) {
      for (const [k, m] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof StaffInput, { message: m });
      return setAlert({ text: errText(res.error) ?? "", tone: "error" });
    }
    reset({ role: v.role, bureauId: v.bureauId, email: "", name: "", password: "" });
    setAlert({ text: t("created", { email: v.email }), tone: "success" });
    router.refresh();
  });
  const text = (name: "email" | "name" | "password", type: string, ac: string) => (
    <input id={`staff-${name}`} type={type} autoComplete={ac} className="input" aria-invalid={!!errors[name]}
      aria-describedby={describedBy(`staff-${name}`, name === "password", errors[name])} {...register(name)} />
  );
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="card space-y-3" aria-labelledby="create-staff-title" data-testid="create-staff">
      <h2 id="create-staff-title" className="text-base font-semibold">{t("createTitle")}</h2>
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="staff-name" label={t("name")} error={errText(errors.name?.message)} required>{text("name", "text", "off")}</Field>
        <Field id="staff-email" label={t("email")} error={errText(errors.email?.message)} required>{text("email", "email", "off")}</Field>
        <Field id="staff-role" label={t("role")} error={errText(errors.role?.message)} required>
          <select id="staff-role" className="input" {...register("role")}>
            {STAFF_ROLES.map((r) => <option key={r} value={r}>{tr(r)}</option>)}
          </select>
        </Field>
        {role === "reviewer" ? (
          <Field id="staff-bureau" label={t("bureau")} error={errText(errors.bureauId?.message)} required>
            <select id="staff-bureau" className="input" aria-invalid={!!errors.bureauId} {...register("bureauId")}>
              {bureaus.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </Field>
        ) : <p className="self-end pb-2 text-xs text-slate-600">{role === "finance" ? t("financeBureau") : t("adminNoBureau")}</p>}
        <div className="sm:col-span-2">
          <Field id="staff-password" label={t("password")} help={t("passwordHelp")} error={errText(errors.password?.message)} required>{text("password", "password", "new-password")}</Field>
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>{t("create")}</button>
    </HydratedForm>
  );
}
