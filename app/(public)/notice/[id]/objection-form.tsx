"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorText } from "@/components/use-error-text";
import { objectAction, type ObjectionState } from "../actions";

/** The objection form posts to a server action: it works without JavaScript too. */
export function ObjectionForm({ caseId }: { caseId: string }) {
  const t = useTranslations("review.notice");
  const errorText = useErrorText("review");
  const [state, action, pending] = useActionState<ObjectionState, FormData>(objectAction, null);
  if (state?.ok) {
    return (
      <div className="space-y-2" data-testid="objection-received">
        <FormAlert tone="success" message={t("thanks")} />
        <p className="text-sm">{t.rich("refNo", { refNo: state.data.refNo, b: (x) => <strong>{x}</strong> })}</p>
        <p className="text-sm"><Link href={`/notice/objection?ref=${encodeURIComponent(state.data.refNo)}`}>{t("lookupLink")}</Link></p>
      </div>
    );
  }
  const fe = state && !state.ok ? state.fieldErrors ?? {} : {};
  const v = state && !state.ok ? state.values ?? {} : {};
  const err = (k: string) => (fe[k] ? errorText(fe[k]) : undefined);
  return (
    <form action={action} className="space-y-4" data-testid="objection-form">
      <FormAlert message={state && !state.ok ? errorText(state.error, state.detail) : null} />
      <input type="hidden" name="caseId" value={caseId} />
      <Field id="name" label={t("name")} error={err("name")} required>
        <input id="name" name="name" className="input" maxLength={50} defaultValue={v.name} autoComplete="name" aria-invalid={!!fe.name} aria-describedby={describedBy("name", false, fe.name)} />
      </Field>
      <Field id="contact" label={t("contact")} help={t("contactHelp")} error={err("contact")} required>
        <input id="contact" name="contact" className="input" maxLength={100} defaultValue={v.contact} aria-invalid={!!fe.contact} aria-describedby={describedBy("contact", true, fe.contact)} />
      </Field>
      <Field id="text" label={t("text")} error={err("text")} required>
        <textarea id="text" name="text" rows={5} className="input" maxLength={2000} defaultValue={v.text} aria-invalid={!!fe.text} aria-describedby={describedBy("text", false, fe.text)} />
      </Field>
      <button type="submit" className="btn-primary" disabled={pending}>{t("submit")}</button>
    </form>
  );
}
