"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useHydrated } from "@/components/form/hydrated-form";
import { useRun } from "../../../_components/use-run";
import { endNoticeAction } from "./actions";

/** Admins only, in a demo (DEMO_MODE=1; review-panel.tsx renders it only then): ends this case's public notice now (audited). */
export function EndNoticeButton({ caseId, version }: { caseId: string; version: number }) {
  const t = useTranslations("review.endNotice");
  const { pending, error, run } = useRun();
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  return (
    <div className="space-y-3 rounded-md border border-dashed border-amber-400 bg-amber-50 p-3" data-testid="end-notice">
      <p className="text-sm text-amber-900">{t("hint")}</p>
      <FormAlert message={error} />
      <button type="button" className="btn-secondary" onClick={() => setOpen(true)} disabled={pending || !hydrated}>{t("button")}</button>
      <ConfirmDialog
        open={open}
        title={t("confirmTitle")}
        confirmLabel={t("confirmYes")}
        cancelLabel={t("cancel")}
        pending={pending}
        danger
        onClose={() => setOpen(false)}
        onConfirm={() => run(() => endNoticeAction({ caseId, version }), () => setOpen(false))}
      >
        <p>{t("confirmBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
