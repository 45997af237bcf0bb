"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/form/form-alert";
import type { ParamChange } from "@/lib/admin/whatif-schema";
import { useErrorText } from "@/components/use-error-text";
import { applyWhatIfAction } from "./actions";
import { useHydrated } from "@/components/form/hydrated-form";

/** Applies the previewed parameters to the round, after a confirmation that says what will happen. */
export function ApplyButton({ roundId, change, roundUpdatedAt, changed, open, lpr }: { roundId: string; change: ParamChange; roundUpdatedAt: string; changed: number; open: number; lpr: boolean }) {
  const t = useTranslations("admin.whatif");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const run = () => start(async () => {
    const res = await applyWhatIfAction({ roundId, change, roundUpdatedAt });
    setAsking(false);
    if (!res.ok) return setMsg({ text: errText(res.error) ?? "", tone: "error" });
    setMsg({ text: t("applied", { flagged: res.data.flagged, changed: res.data.changedCases }), tone: "success" });
    router.refresh();
  });
  return (
    <div className="space-y-2">
      <FormAlert message={msg?.text} tone={msg?.tone} />
      {msg?.tone !== "success" && (!asking ? (
        <button type="button" className="btn-primary" disabled={!hydrated} onClick={() => setAsking(true)}>{t("apply")}</button>
      ) : (
        <div role="alertdialog" aria-labelledby="apply-confirm" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <p id="apply-confirm" className="text-sm text-amber-900">{t("applyConfirm", { changed, open })}{lpr ? ` ${t("applyLprNote")}` : ""}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className="btn-primary" disabled={pending} onClick={run}>{pending ? t("applying") : t("applyYes")}</button>
            <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>{t("cancel")}</button>
          </div>
        </div>
      ))}
    </div>
  );
}
