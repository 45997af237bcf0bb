"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { formatYuan, parseYuan } from "@/lib/money";
import type { ProposeInput } from "@/lib/review/schemas";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRun } from "../../../_components/use-run";
import { proposeAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

type Choice = ProposeInput["proposal"];

/** First reviewer: approve (amount up to the ceiling, reasoned when less), return (what to fix) or reject. */
export function ProposeForm({ caseId, version, ceilingFen, fixed, eligible }: { caseId: string; version: number; ceilingFen: number; fixed: boolean; eligible: boolean }) {
  const t = useTranslations("review.propose");
  const { pending, error, fieldErrors, setFieldErrors, run } = useRun();
  const [choice, setChoice] = useState<Choice>(eligible ? "approve" : "return");
  const [amount, setAmount] = useState((ceilingFen / 100).toFixed(2));
  const [reason, setReason] = useState("");
  const [fixText, setFixText] = useState("");
  const [dialog, setDialog] = useState<ProposeInput | null>(null);
  const amountFen = parseYuan(amount);
  const below = choice === "approve" && amountFen !== null && amountFen < ceilingFen;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const fixList = fixText.split("\n").map((s) => s.trim()).filter(Boolean);
    if (choice === "approve") {
      if (amountFen === null) errs.amountFen = t("amountInvalid");
      else if (amountFen > ceilingFen) errs.amountFen = t("amountAbove", { ceiling: formatYuan(ceilingFen) });
      else if (fixed && amountFen !== ceilingFen) errs.amountFen = t("amountFixed", { ceiling: formatYuan(ceilingFen) });
      if (below && !reason.trim()) errs.reason = t("reasonBelow");
    } else {
      if (!reason.trim()) errs.reason = t("reasonRequired");
      if (choice === "return" && fixList.length === 0) errs.fixList = t("fixRequired");
    }
    setFieldErrors(errs);
    if (Object.keys(errs).length) return;
    const base = { caseId, version, reason: reason.trim() };
    setDialog(choice === "approve" ? { ...base, proposal: "approve", amountFen: amountFen! } : choice === "return" ? { ...base, proposal: "return", fixList } : { ...base, proposal: "reject" });
  }

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-4" data-testid="propose-form">
      <FormAlert message={error} />
      <fieldset>
        <legend className="label">{t("choice")}</legend>
        <div className="grid gap-2 sm:grid-cols-3 lg:grid-cols-1 xl:grid-cols-3">
          {(["approve", "return", "reject"] as const).map((c) => (
            <label key={c} className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm ${choice === c ? "border-brand-600 bg-brand-50 font-medium" : "border-slate-300 bg-white"}`}>
              <input type="radio" name="proposal" value={c} checked={choice === c} onChange={() => setChoice(c)} disabled={c === "approve" && !eligible} />
              {t(`choices.${c}`)}
            </label>
          ))}
        </div>
        {!eligible && <p className="help">{t("notEligible")}</p>}
      </fieldset>

      {choice === "approve" && (
        <Field id="amount" label={t("amount")} help={fixed ? t("amountFixedHelp", { ceiling: formatYuan(ceilingFen) }) : t("amountHelp", { ceiling: formatYuan(ceilingFen) })} error={fieldErrors.amountFen} required>
          <input id="amount" inputMode="decimal" className="input tabular-nums" value={amount} readOnly={fixed} onChange={(e) => setAmount(e.target.value)}
            aria-invalid={!!fieldErrors.amountFen} aria-describedby={describedBy("amount", true, fieldErrors.amountFen)} />
        </Field>
      )}
      {choice === "return" && (
        <Field id="fixList" label={t("fixList")} help={t("fixListHelp")} error={fieldErrors.fixList} required>
          <textarea id="fixList" rows={4} className="input" value={fixText} onChange={(e) => setFixText(e.target.value)}
            aria-invalid={!!fieldErrors.fixList} aria-describedby={describedBy("fixList", true, fieldErrors.fixList)} />
        </Field>
      )}
      <Field id="reason" label={t("reason")} help={choice === "approve" ? (below ? t("reasonBelowHelp") : t("reasonOptional")) : undefined} error={fieldErrors.reason} required={choice !== "approve" || below}>
        <textarea id="reason" rows={3} className="input" value={reason} onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!fieldErrors.reason} aria-describedby={describedBy("reason", choice === "approve", fieldErrors.reason)} />
      </Field>
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>{t("submit")}</button>

      <ConfirmDialog
        open={dialog !== null}
        title={t("confirmTitle")}
        confirmLabel={t("confirmYes")}
        cancelLabel={t("cancel")}
        pending={pending}
        danger={dialog?.proposal === "reject"}
        onClose={() => setDialog(null)}
        onConfirm={() => dialog && run(() => proposeAction(dialog), () => setDialog(null))}
      >
        {dialog?.proposal === "approve" && <p>{t("confirmApprove", { amount: formatYuan(dialog.amountFen) })}</p>}
        {dialog?.proposal === "return" && <p>{t("confirmReturn", { n: dialog.fixList.length })}</p>}
        {dialog?.proposal === "reject" && <p>{t("confirmReject")}</p>}
        <p className="text-slate-600">{t("confirmNext")}</p>
      </ConfirmDialog>
    </HydratedForm>
  );
}
