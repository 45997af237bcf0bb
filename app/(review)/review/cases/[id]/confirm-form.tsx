"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useHydrated } from "@/components/form/hydrated-form";
import { useRun } from "../../../_components/use-run";
import { confirmAction, sendBackAction } from "./actions";
import { ProposalSummary, type PendingProposal } from "./proposal-summary";

/** Second reviewer: confirm the proposal as it stands, or send it back to the queue with a note. */
export function ConfirmForm({ caseId, version, pending: p }: { caseId: string; version: number; pending: PendingProposal }) {
  const t = useTranslations("review.confirm");
  const tp = useTranslations("review.proposal");
  const { pending, error, fieldErrors, setFieldErrors, run } = useRun();
  const [note, setNote] = useState("");
  // until the page has hydrated a click would do nothing and typing would be lost
  const hydrated = useHydrated();
  const [dialog, setDialog] = useState<"confirm" | "send_back" | null>(null);

  function ask(kind: "confirm" | "send_back") {
    if (kind === "send_back" && !note.trim()) {
      setFieldErrors({ note: t("noteRequired") });
      return;
    }
    setFieldErrors({});
    setDialog(kind);
  }

  return (
    <div className="space-y-4" data-testid="confirm-form">
      <ProposalSummary p={p} t={tp} />
      <FormAlert message={error} />
      <Field id="note" label={t("note")} help={t("noteHelp")} error={fieldErrors.note}>
        <textarea id="note" rows={3} className="input" disabled={!hydrated} value={note} onChange={(e) => setNote(e.target.value)}
          aria-invalid={!!fieldErrors.note} aria-describedby={describedBy("note", true, fieldErrors.note)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={p.proposal === "reject" ? "btn-danger" : "btn-primary"} disabled={pending || !hydrated} onClick={() => ask("confirm")}>
          {t(`confirm.${p.proposal}`)}
        </button>
        <button type="button" className="btn-secondary" disabled={pending || !hydrated} onClick={() => ask("send_back")}>{t("sendBack")}</button>
      </div>
      <ConfirmDialog
        open={dialog !== null}
        title={dialog === "send_back" ? t("sendBackTitle") : t("confirmTitle")}
        confirmLabel={dialog === "send_back" ? t("sendBackYes") : t("confirmYes")}
        cancelLabel={t("cancel")}
        pending={pending}
        danger={p.proposal === "reject" && dialog === "confirm"}
        onClose={() => setDialog(null)}
        onConfirm={() => run(
          () => (dialog === "send_back" ? sendBackAction({ caseId, version, note }) : confirmAction({ caseId, version, note })),
          () => setDialog(null),
        )}
      >
        <p>{dialog === "send_back" ? t("sendBackBody") : t(`confirmBody.${p.proposal}`)}</p>
      </ConfirmDialog>
    </div>
  );
}
