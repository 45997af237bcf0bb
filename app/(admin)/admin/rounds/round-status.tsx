"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorText } from "@/components/use-error-text";
import { setRoundStatusAction } from "./actions";
import { useHydrated } from "@/components/form/hydrated-form";

/** Open or close a round, after a second click that says what it means. */
export function RoundStatusControl({ roundId, status, cases }: { roundId: string; status: "draft" | "open" | "closed"; cases: number }) {
  const t = useTranslations("admin.roundStatus");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const to = status === "open" ? "closed" : "open";
  const label = status === "open" ? t("close") : status === "closed" ? t("reopen") : t("open");

  const run = () => start(async () => {
    setError(null);
    const res = await setRoundStatusAction({ roundId, to });
    if (!res.ok) setError(errText(res.error, res.detail) ?? null);
    setAsking(false);
    router.refresh();
  });

  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      {!asking ? (
        <button type="button" className={to === "closed" ? "btn-danger" : "btn-primary"} disabled={!hydrated} onClick={() => setAsking(true)}>{label}</button>
      ) : (
        <div role="alertdialog" aria-labelledby="status-confirm" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <p id="status-confirm" className="text-sm text-amber-900">{to === "closed" ? t("confirmClose", { count: cases }) : t("confirmOpen")}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" className={to === "closed" ? "btn-danger" : "btn-primary"} disabled={pending} onClick={run}>{t("confirm", { action: label })}</button>
            <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>{t("cancel")}</button>
          </div>
        </div>
      )}
    </div>
  );
}
