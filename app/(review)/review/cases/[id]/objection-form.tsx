"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRun } from "../../../_components/use-run";
import { resolveObjectionsAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

export interface PendingDismissal {
  byMe: boolean;
  name: string;
  at: string;
  note: string;
}

/**
 * A reviewer of the lead bureau resolves the open objections of a paused notice: upholds them, or
 * proposes to dismiss them; with a colleague's proposal pending, confirms the dismissal instead.
 */
export function ResolveObjectionsForm({ caseId, version, count, canDismiss, dismissal }: {
  caseId: string; version: number; count: number; canDismiss: boolean; dismissal: PendingDismissal | null;
}) {
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

  const confirming = !!dismissal && !dismissal.byMe;
  const label = (o: "dismissed" | "upheld") => (o === "dismissed" && confirming ? t("confirmDismiss") : t(`outcomes.${o}`));
  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" data-testid="resolve-objections">
      <FormAlert message={error} />
      {dismissal && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="dismissal-pending">
          {dismissal.byMe ? t("awaitingDismissal") : t("dismissPending", { name: dismissal.name, at: dismissal.at, note: dismissal.note })}
        </p>
      )}
      <fieldset aria-describedby={fieldErrors.outcome ? "outcome-error" : undefined}>
        <legend className="label">{t("outcome", { n: count })}</legend>
        <div className="space-y-2">
          {(canDismiss ? (["dismissed", "upheld"] as const) : (["upheld"] as const)).map((o) => (
            <label key={o} className="flex items-start gap-2 text-sm">
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} className="mt-1" />
              <span>{label(o)}</span>
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
        <p>{outcome === "dismissed" && confirming ? t("confirmDismissBody") : outcome ? t(`confirmBody.${outcome}`) : ""}</p>
      </ConfirmDialog>
    </HydratedForm>
  );
}
