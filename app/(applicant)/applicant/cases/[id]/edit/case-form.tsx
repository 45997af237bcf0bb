"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { use, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { DecisionView } from "@/components/cases/decision-view";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { factsToForm } from "@/lib/cases/draft-facts";
import { formatTime } from "@/lib/format-date";
import type { Reason } from "@/rules";
import { derivedSubject, isDerived } from "@/rules/core/checks";
import { loadMeasure } from "@/rules/measures/load";
import { useErrorText } from "@/components/use-error-text";
import { previewAction } from "./actions";
import { FactInput } from "./fact-input";
import { DerivedFacts } from "./derived-facts";
import { caseFormSchema, checkIssues, factIssueCode, formFacts, SUBJECT_MAX, type CaseFormValues } from "./schemas";
import { UploadSlots, type AttachmentInfo } from "./upload-slots";
import { HydratedForm } from "@/components/form/hydrated-form";

const AUTOSAVE_MS = 3000;

type SaveState =
  | { kind: "new" | "dirty" | "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string };

type SaveResult = { ok: true; data: { version: number; savedAt: string } } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** the save (app/api/cases/[id]/draft): the answer's JSON, or "network" when none came back */
async function putDraft(caseId: string, body: { version: number; subject: string; facts: Record<string, unknown> }): Promise<SaveResult> {
  try {
    const r = await fetch(`/api/cases/${encodeURIComponent(caseId)}/draft`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return (await r.json()) as SaveResult;
  } catch {
    return { ok: false, error: "network" };
  }
}

type Preview = { eligible: boolean; ceilingFen: number; fixed: boolean; reasons: Reason[] };

export function CaseForm({ caseId, version, measureId, documents, subject, facts, attachments, savedAt, maxMb, subjectHelp }: {
  caseId: string;
  version: number;
  /** the measure's definition (fields, checks across facts, derived facts) is read from rules/ here: it holds functions */
  measureId: string;
  documents: { key: string; zh: string; en: string }[];
  subject: string;
  facts: unknown;
  attachments: AttachmentInfo[];
  savedAt: string;
  maxMb: number;
  subjectHelp: string;
}) {
  const t = useTranslations("cases.form");
  const locale = useLocale();
  const en = locale === "en";
  const errorText = useErrorText("cases");
  const router = useRouter();
  // this measure's code only (its checks and derived facts run here as the applicant types), not
  // the catalogue of 42: the page's HTML stays as the server rendered it until the module is in
  const m = use(loadMeasure(measureId));
  const fields = m.fields;
  const resolver = useMemo(
    () => zodResolver(caseFormSchema(m, en), { error: factIssueCode(fields) } as never, { raw: true }) as unknown as Resolver<CaseFormValues>,
    [m, fields, en],
  );
  const { register, control, handleSubmit, getValues, setValue, setError, subscribe, formState: { errors, isSubmitting } } = useForm<CaseFormValues>({
    defaultValues: { subject: subject || derivedSubject(m, formFacts(m, factsToForm(fields, facts))) || "", facts: factsToForm(fields, facts) },
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const [save, setSave] = useState<SaveState>(version === 0 ? { kind: "new" } : { kind: "saved", at: new Date(savedAt) });
  const [alert, setAlert] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const versionRef = useRef(version);
  const edits = useRef(0); // changes made so far
  const savedEdits = useRef(0); // changes included in the last successful save
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const previewRef = useRef<HTMLElement>(null);

  /** Saves the latest answers; saves run one after another, each with the version the last one returned. */
  const saveNow = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    const run = queue.current.then(async () => {
      const upTo = edits.current;
      if (upTo === savedEdits.current && versionRef.current > 0) return true;
      setSave({ kind: "saving" });
      const values = getValues();
      const facts = formFacts(m, values.facts);
      const res = await putDraft(caseId, { version: versionRef.current, subject: values.subject.slice(0, SUBJECT_MAX), facts });
      if (!res.ok) {
        const fe = "fieldErrors" in res ? res.fieldErrors : undefined;
        // answers that contradict each other: the check's own words, as the browser finds them too
        const checks = checkIssues(m, facts, en);
        for (const [k, v] of Object.entries(fe ?? {})) {
          setError(k === "subject" ? "subject" : `facts.${k}`, { message: v === "inconsistent" ? (checks[k] ?? "inconsistent") : v === "required" ? "required" : "invalid" });
        }
        setSave({ kind: "error", message: errorText(res.error) });
        return false;
      }
      versionRef.current = res.data.version;
      savedEdits.current = upTo;
      setSave(edits.current === upTo ? { kind: "saved", at: new Date(res.data.savedAt) } : { kind: "dirty" });
      return true;
    });
    queue.current = run.catch(() => false);
    return run;
  }, [caseId, m, en, getValues, setError, errorText]);

  // autosave a few seconds after the last change; the typed values stay as they are. The
  // subscription lives as long as the form (re-subscribing on each render would drop the timer).
  const saveRef = useRef(saveNow);
  useEffect(() => {
    saveRef.current = saveNow;
  });
  useEffect(() => {
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: () => {
        edits.current++;
        setSave((s) => (s.kind === "saving" ? s : { kind: "dirty" }));
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
      },
    });
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, [subscribe]);

  // the subject other answers settle (c09: "2025年度研发投入") fills an empty subject, and follows
  // those answers while the applicant has not typed a subject of their own
  const lastDerived = useRef<string | null>(derivedSubject(m, formFacts(m, factsToForm(fields, facts))));
  useEffect(() => {
    if (!m.subjectFrom) return;
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const next = derivedSubject(m, formFacts(m, values.facts));
        const typed = values.subject.trim();
        if (next && next !== lastDerived.current && (!typed || typed === lastDerived.current)) setValue("subject", next, { shouldDirty: true });
        lastDerived.current = next;
      },
    });
  }, [m, fields, subscribe, setValue]);

  // a change link of check-your-answers (#f-name, #doc-slot, #subject) lands on that answer
  useEffect(() => {
    const el = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }, []);

  // warn before leaving with changes that are not saved yet
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (edits.current !== savedEdits.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, []);

  async function runPreview() {
    setAlert(null);
    setPreviewing(true);
    try {
      if (!(await saveNow())) return;
      const res = await previewAction({ caseId });
      if (!res.ok) return setAlert(errorText(res.error));
      setPreview(res.data);
      requestAnimationFrame(() => {
        previewRef.current?.scrollIntoView({ block: "start", behavior: "smooth" });
        previewRef.current?.focus();
      });
    } finally {
      setPreviewing(false);
    }
  }

  // "next" checks every answer with the measure's schema, saves, and opens check-your-answers
  const toReview = (e: React.FormEvent<HTMLFormElement>) =>
    void handleSubmit(
      async () => {
        setAlert(null);
        if (await saveNow()) router.push(`/applicant/cases/${caseId}/review`);
      },
      (errs) => setAlert(t("fixErrors", { n: Object.keys(errs.facts ?? {}).length + (errs.subject ? 1 : 0) })),
    )(e);

  const subjectError = errors.subject?.message;
  return (
    <HydratedForm onSubmit={toReview} noValidate className="space-y-6" aria-label={t("formLabel")}>
      <FormAlert message={alert} />
      <fieldset className="card space-y-4">
        <legend className="px-1 text-base font-semibold">{t("subjectSection")}</legend>
        <Field id="subject" label={t("subject")} help={subjectHelp} error={subjectError ? t(`errors.${subjectError}` as "errors.required") : undefined} required>
          <input id="subject" className="input" maxLength={SUBJECT_MAX} autoComplete="off" aria-invalid={!!subjectError}
            aria-describedby={describedBy("subject", true, subjectError)} {...register("subject")} />
        </Field>
      </fieldset>

      <fieldset className="card space-y-5">
        <legend className="px-1 text-base font-semibold">{t("factsSection")}</legend>
        <p className="help -mt-2">{t("allRequired")}</p>
        {fields.filter((f) => !isDerived(m, f.name)).map((f) => (
          <div key={f.name} className="space-y-2">
            <FactInput spec={f} register={register} control={control} en={en} error={errors.facts?.[f.name]?.message} />
            <DerivedFacts measure={m} source={f.name} control={control} en={en} />
          </div>
        ))}
      </fieldset>

      <section className="card space-y-3" aria-labelledby="docs-title">
        <h2 id="docs-title" className="text-base font-semibold">{t("documentsSection")}</h2>
        <UploadSlots caseId={caseId} documents={documents} initial={attachments} maxMb={maxMb} en={en} />
      </section>

      {preview && (
        <section ref={previewRef} tabIndex={-1} className="card space-y-3 outline-none" aria-labelledby="preview-title" data-testid="preview">
          <h2 id="preview-title" className="text-base font-semibold">{t("previewTitle")}</h2>
          <p className="help">{t("previewNote")}</p>
          <DecisionView decision={preview} locale={locale} />
        </section>
      )}

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-slate-200 bg-white/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-lg sm:border sm:py-3">
        <p className="w-full text-xs text-slate-700 sm:mr-auto sm:w-auto sm:text-sm" role="status" aria-live="polite" data-testid="save-status">
          {save.kind === "new" && t("status.new")}
          {save.kind === "dirty" && t("status.dirty")}
          {save.kind === "saving" && t("status.saving")}
          {save.kind === "saved" && t("status.saved", { time: formatTime(save.at) })}
          {save.kind === "error" && <span className="text-gov-red">{t("status.error", { message: save.message })}</span>}
        </p>
        <button type="button" className="btn-secondary px-3 sm:px-4" onClick={() => void saveNow()} disabled={save.kind === "saving"}>{t("save")}</button>
        <button type="button" className="btn-secondary px-3 sm:px-4" onClick={() => void runPreview()} disabled={previewing}>{previewing ? t("previewing") : t("preview")}</button>
        <button type="submit" className="btn-primary ml-auto px-3 sm:ml-0 sm:px-4" disabled={isSubmitting}>{t("next")}</button>
      </div>
    </HydratedForm>
  );
}

