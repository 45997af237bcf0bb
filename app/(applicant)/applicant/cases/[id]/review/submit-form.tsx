"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmDialog } from "../../../_components/confirm-dialog";
import { randomKey } from "../../../_components/random-key";
import { useErrorText } from "../../../_components/use-error-text";
import { submitAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

type Problem = { message: string; items: { label: string; href: string }[] };

/**
 * The integrity commitment and the submit button. An ineligible preview needs an explicit
 * confirmation; the submit key is made once per page load, so a double click submits once.
 */
export function SubmitForm({ caseId, version, eligible, missingDocuments, resubmission, labels }: {
  caseId: string;
  version: number;
  eligible: boolean;
  /** labels of the document slots with no file */
  missingDocuments: string[];
  resubmission: boolean;
  /** field names and document slots -> their labels, for naming what the server refused */
  labels: Record<string, string>;
}) {
  const t = useTranslations("cases.submit");
  const locale = useLocale();
  const errorText = useErrorText();
  const router = useRouter();
  const [submitKey] = useState(randomKey);
  const [commitment, setCommitment] = useState(false);
  const [commitmentError, setCommitmentError] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const inFlight = useRef(false);
  const edit = `/applicant/cases/${caseId}/edit`;

  async function send(acceptMissingDocuments: boolean) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setConfirming(false);
    setProblem(null);
    const res = await submitAction({ caseId, version, submitKey, commitment: true, acceptMissingDocuments }).catch(() => ({ ok: false as const, error: "network" }));
    if (res.ok) {
      router.push(`/applicant/cases/${caseId}/submitted`);
      return;
    }
    const fe = ("fieldErrors" in res && res.fieldErrors) || {};
    const detail = ("detail" in res && res.detail) || {};
    if (res.error === "round_closed") {
      const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" });
      setProblem({ message: t("roundClosed", { opens: fmt.format(new Date(String(detail.opensAt))), closes: fmt.format(new Date(String(detail.closesAt))) }), items: [] });
    } else if (res.error === "validation" || res.error === "documents_missing") {
      const items = Object.keys(fe).map((k) => ({
        label: labels[k] ?? k,
        href: `${edit}#${k === "subject" ? "subject" : res.error === "documents_missing" ? `doc-${k}` : `f-${k}`}`,
      }));
      setProblem({ message: res.error === "validation" ? t("invalidAnswers") : t("missingDocuments"), items });
    } else {
      setProblem({ message: errorText(res.error, detail), items: [] });
    }
    setBusy(false);
    inFlight.current = false;
  }

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (busy || inFlight.current) return;
    if (!commitment) {
      setCommitmentError(true);
      document.getElementById("commitment")?.focus();
      return;
    }
    if (!eligible || missingDocuments.length > 0) return setConfirming(true);
    void send(false);
  }

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="card space-y-4" aria-labelledby="submit-title">
      <h2 id="submit-title" className="text-base font-semibold">{t("title")}</h2>
      {!eligible && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note" data-testid="ineligible-warning">
          {t("ineligibleNote")}
        </p>
      )}
      {problem && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="submit-error">
          <p>{problem.message}</p>
          {problem.items.length > 0 && (
            <ul className="mt-1 list-inside list-disc">
              {problem.items.map((i) => <li key={i.href}><Link href={i.href}>{i.label}</Link></li>)}
            </ul>
          )}
        </div>
      )}
      <div className="flex items-start gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
        <input
          id="commitment" type="checkbox" className="mt-1 h-5 w-5 shrink-0 accent-brand-600" checked={commitment}
          aria-invalid={commitmentError && !commitment} aria-describedby={commitmentError && !commitment ? "commitment-error" : undefined}
          onChange={(e) => {
            setCommitment(e.target.checked);
            setCommitmentError(false);
          }}
        />
        <div>
          <label htmlFor="commitment" className="text-sm font-medium">{t("commitmentLabel")}</label>
          <p className="mt-1 text-sm text-slate-700">{t("commitmentText")}</p>
          {commitmentError && !commitment && <p id="commitment-error" className="field-error" role="alert">{t("commitmentRequired")}</p>}
        </div>
      </div>
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={busy} aria-disabled={busy} data-testid="submit-case">
        {busy ? t("submitting") : resubmission ? t("resubmit") : t("submit")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        confirmLabel={t("confirmAnyway")}
        cancelLabel={t("confirmCancel")}
        onConfirm={() => void send(true)}
        onCancel={() => setConfirming(false)}
        busy={busy}
      >
        <div className="space-y-2" data-testid="confirm-warnings">
          {!eligible && <p>{t("confirmIneligible")}</p>}
          {missingDocuments.length > 0 && (
            <>
              <p>{t("confirmMissing")}</p>
              <ul className="list-inside list-disc">{missingDocuments.map((d) => <li key={d}>{d}</li>)}</ul>
            </>
          )}
          <p className="font-medium">{t("confirmQuestion")}</p>
        </div>
      </ConfirmDialog>
    </HydratedForm>
  );
}
