"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { ConfirmDialog } from "../../../_components/confirm-dialog";
import { useRun } from "../../../_components/use-run";
import { resolveObjectionsAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

/** A reviewer of the lead bureau resolves the open objections of a paused notice. */
export function ResolveObjectionsForm({ caseId, version, count }: { caseId: string; version: number; count: number }) {
  const t = useTranslations("review.objections");
  const { pending, error, fieldErrors, setFieldErrors, run } = useRun();
  const [outcome, setOutcome] = useState<"upheld" | "dismissed" | "">("");
  const [resolution, setResolution] = useState("");
  const [open, setOpen] = useState(false);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!outcome) errs.outcome = t("outcomeRequired");
    if (!resolution.trim()) errs.resolution = t("resolutionRequired");
    setFieldErrors(errs);
    if (!Object.keys(errs).length) setOpen(true);
  }

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" data-testid="resolve-objections">
      <FormAlert message={error} />
      <fieldset aria-describedby={fieldErrors.outcome ? "outcome-error" : undefined}>
        <legend className="label">{t("outcome", { n: count })}</legend>
        <div className="space-y-2">
          {(["dismissed", "upheld"] as const).map((o) => (
            <label key={o} className="flex items-start gap-2 text-sm">
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} className="mt-1" />
              <span>{t(`outcomes.${o}`)}</span>
            </label>
          ))}
        </div>
        {fieldErrors.outcome && <p id="outcome-error" className="field-error" role="alert">{fieldErrors.outcome}</p>}
      </fieldset>
      <Field id="resolution" label={t("resolution")} error={fieldErrors.resolution} required>
        <textarea id="resolution" rows={3} className="input" value={resolution} onChange={(e) => setResolution(e.target.value)}
          aria-invalid={!!fieldErrors.resolution} aria-describedby={describedBy("resolution", false, fieldErrors.resolution)} />
      </Field>
      <button type="submit" className="btn-primary" disabled={pending}>{t("submit")}</button>
      <ConfirmDialog
        open={open}
        title={t("confirmTitle")}
        confirmLabel={t("confirmYes")}
        cancelLabel={t("cancel")}
        pending={pending}
        onClose={() => setOpen(false)}
        onConfirm={() => outcome && run(() => resolveObjectionsAction({ caseId, version, outcome, resolution }), () => setOpen(false))}
      >
        <p>{outcome ? t(`confirmBody.${outcome}`) : ""}</p>
      </ConfirmDialog>
    </HydratedForm>
  );
}
