"use client";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorText } from "@/components/use-error-text";
import { useStartDraft } from "../../_components/use-start-draft";

/** The apply page's start button: the draft starts on the applicant's click, not on the visit. */
export function StartApplication({ measureId }: { measureId: string }) {
  const t = useTranslations("cases.apply");
  const { busy, ready, error, start } = useStartDraft(measureId, useErrorText("cases"), { replace: true });

  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      {busy && <p role="status" className="text-sm text-slate-700" data-testid="starting">{t("starting")}</p>}
      <button type="button" className="btn-primary" onClick={() => void start()} disabled={busy || !ready} data-testid="start-application">
        {error ? t("retry") : t("startNew")}
      </button>
    </div>
  );
}
