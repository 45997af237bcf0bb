"use client";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/use-error-text";
import { useStartDraft } from "./use-start-draft";

/** One click from a recommendation to its draft: the start action prefills what the profile knows. */
export function StartPrefilled({ measureId, describedBy }: { measureId: string; describedBy: string }) {
  const t = useTranslations("offers.home");
  const { busy, ready, error, start } = useStartDraft(measureId, useErrorText("offers", "cases"));
  return (
    <div className="space-y-1">
      <button type="button" className="btn-primary w-full sm:w-auto" onClick={() => void start()} disabled={busy || !ready} aria-describedby={describedBy} data-testid="start-prefilled">
        {busy ? t("starting") : t("start")}
      </button>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
