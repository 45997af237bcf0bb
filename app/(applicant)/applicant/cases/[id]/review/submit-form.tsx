"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { fixAnswerErrors } from "@/lib/cases/fix-answers";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { randomKey } from "../../../_components/random-key";
import { useErrorText } from "@/components/use-error-text";
import { submitAction } from "./actions";
import { FixAnswerFields } from "./fix-answer-fields";
import { HydratedForm, useHydrated } from "@/components/form/hydrated-form";
import { formatDateTime } from "@/lib/format-date";

type Problem = { message: string; items: { label: string; href: string }[] };

/**
 * The integrity commitment and the submit button. An ineligible preview needs an explicit
 * confirmation; the submit key is made once per page load, so a double click submits once.
 */
export function SubmitForm({ caseId, version, eligible, missingDocuments, resubmission, labels, fixList = [] }: {
  caseId: string;
  version: number;
  eligible: boolean;
  /** labels of the document slots with no file */
  missingDocuments: string[];
  resubmission: boolean;
  /** field names and document slots -> their labels, for naming what the server refused */
  labels: Record<string, string>;
  /** a returned case: the reviewer's fix list, each item to be answered before resubmitting */
  fixList?: string[];
}) {
  const t = useTranslations("cases.submit");
  const tv = useTranslations("verification.banner");
  const locale = useLocale();
  const errorText = useErrorText("cases");
  const tp = useTranslations("payment.preview");
  const router = useRouter();
  const [submitKey] = useState(randomKey);
  const [commitment, setCommitment] = useState(false);
  const [commitmentError, setCommitmentError] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const inFlight = useRef(false);
  const edit = `/applicant/cases/${caseId}/edit`;
  // answers typed before going back to the form to change something are kept for this tab; read
  // in the browser only, and the fields render once hydrated, so server and client HTML agree
  const draftKey = `fix-answers:${caseId}:${fixList.join("\n")}`;
  const hydrated = useHydrated();
  const [answers, setAnswers] = useState<string[]>(() => {
    let saved: unknown = null;
    try { saved = typeof window === "undefined" ? null : JSON.parse(sessionStorage.getItem(draftKey) ?? "null"); } catch { /* storage unavailable */ }
    return fixList.map((_, i) => (Array.isArray(saved) && typeof saved[i] === "string" ? saved[i] : ""));
  });
  const [fixErrors, setFixErrors] = useState<Record<number, string>>({});
  const setAnswer = (i: number, v: string) => {
    const next = answers.map((a, j) => (j === i ? v : a));
    setAnswers(next);
    setFixErrors((e) => { const { [i]: _, ...rest } = e; return rest; });
    try { sessionStorage.setItem(draftKey, JSON.stringify(next)); } catch { /* not kept */ }
  };
  const showFixErrors = (fe: Record<string, string>): boolean => {
    const byItem: Record<number, string> = {};
    for (const [k, v] of Object.entries(fe)) if (k.startsWith("fixAnswers.")) byItem[Number(k.slice(11))] = v;
    setFixErrors(byItem);
    const first = Object.keys(byItem).map(Number).sort((a, b) => a - b)[0];
    if (first !== undefined) document.getElementById(`fix-answer-${first}`)?.focus();
    return first !== undefined;
  };

  async function send(acceptMissingDocuments: boolean) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setConfirming(false);
    setProblem(null);
    const res = await submitAction({ caseId, version, submitKey, commitment: true, acceptMissingDocuments, ...(fixList.length ? { fixAnswers: answers } : {}) })
      .catch(() => ({ ok: false as const, error: "network" }));
    if (res.ok) {
      try { sessionStorage.removeItem(draftKey); } catch { /* nothing kept */ }
      router.push(`/applicant/cases/${caseId}/submitted`);
      return;
    }
    const fe = ("fieldErrors" in res && res.fieldErrors) || {};
    const detail = ("detail" in res && res.detail) || {};
    if (res.error === "round_closed") {
      setProblem({ message: t("roundClosed", { opens: formatDateTime(new Date(String(detail.opensAt)), locale), closes: formatDateTime(new Date(String(detail.closesAt)), locale) }), items: [] });
    } else if (res.error === "validation" || res.error === "documents_missing") {
      const items = Object.keys(fe).map((k) => ({
        label: labels[k] ?? k,
        href: `${edit}#${k === "subject" ? "subject" : res.error === "documents_missing" ? `doc-${k}` : `f-${k}`}`,
      }));
      setProblem({ message: res.error === "validation" ? t("invalidAnswers") : t("missingDocuments"), items });
    } else if (res.error === "fix_answers_missing") {
      showFixErrors(fe);
      setProblem({ message: errorText(res.error, detail), items: [] });
    } else if (res.error === "org_unverified") {
      setProblem({ message: errorText(res.error, detail), items: [{ label: tv("go"), href: "/applicant/verification" }] });
    } else if (res.error === "bank_account_missing") {
      setProblem({ message: errorText(res.error, detail), items: [{ label: tp("missingLink"), href: "/applicant/profile#bank-account" }] });
    } else {
      setProblem({ message: errorText(res.error, detail), items: [] });
    }
    setBusy(false);
    inFlight.current = false;
  }

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (busy || inFlight.current) return;
    const unanswered = fixAnswerErrors(fixList, answers);
    if (showFixErrors(unanswered)) {
      setProblem({ message: errorText("fix_answers_missing", { count: Object.keys(unanswered).length }), items: [] });
      return;
    }
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
      {fixList.length > 0 && hydrated && <FixAnswerFields items={fixList} answers={answers} errors={fixErrors} onChange={setAnswer} />}
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
        onClose={() => setConfirming(false)}
        pending={busy}
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
