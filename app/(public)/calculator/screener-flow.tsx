"use client";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { answer, screen, skip, type ScreenerAnswers } from "@/rules/screener/screener";
import { saveScreenerAction } from "./actions";
import { CalculatorResults } from "./calculator-results";
import { ScreenerQuestion } from "./screener-question";

/**
 * The calculator as a question flow: one question at a time, the one that settles the most
 * undecided measures (rules/screener). The verdicts below follow every answer. A visitor's answers
 * never leave the browser; a signed-in applicant's go to its organisation's profile (`saveToProfile`).
 */
export function ScreenerFlow({ asOf, initial, saveToProfile = false }: { asOf: string; initial: ScreenerAnswers; saveToProfile?: boolean }) {
  const t = useTranslations("policy.calc.flow");
  const [history, setHistoryState] = useState<ScreenerAnswers[]>([initial]);
  const saved = useProfileSaving(saveToProfile);
  const setHistory = (h: ScreenerAnswers[]) => {
    setHistoryState(h);
    saved.save(h[h.length - 1]);
  };
  const answers = history[history.length - 1];
  const state = useMemo(() => screen(answers, { asOf }), [answers, asOf]);
  const box = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // after an answer, focus goes to the next question, so a keyboard or screen-reader user follows
  useEffect(() => {
    if (moved.current) box.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, [state.next?.id]);
  const push = (next: ScreenerAnswers) => {
    moved.current = true;
    setHistory([...history, next]);
  };
  const total = state.results.length;
  const settled = total - state.undecided;

  return (
    <div className="space-y-8">
      <section className="card space-y-4" aria-labelledby="flow-title" data-testid="screener">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="flow-title" className="text-lg font-semibold">{t("title")}</h2>
          <p className="text-sm text-slate-700" role="status" data-testid="screener-progress">
            {t("progress", { answered: state.answered, settled, total, undecided: state.undecided })}
          </p>
        </div>
        {saved.status !== "idle" && <p className="text-sm text-slate-700" role="status" data-testid="screener-saved" data-state={saved.status}>{saved.text}</p>}
        <div className="h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden>
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${Math.round((settled / total) * 100)}%` }} />
        </div>
        <div ref={box}>
          {state.next ? (
            <ScreenerQuestion key={`${history.length}-${state.next.id}`} q={state.next}
              onAnswer={(v) => push(answer(answers, state.next!, v))} onSkip={() => push(skip(answers, state.next!))}
              onBack={() => { moved.current = true; setHistory(history.slice(0, -1)); }} canGoBack={history.length > 1} />
          ) : (
            <div className="space-y-3" data-testid="screener-done">
              <p className="font-medium" tabIndex={-1} data-autofocus>{state.undecided === 0 ? t("doneAll") : t("doneSome", { undecided: state.undecided })}</p>
              <div className="flex flex-wrap gap-3">
                {history.length > 1 && <button type="button" className="btn-secondary" onClick={() => setHistory(history.slice(0, -1))}>{t("back")}</button>}
                <button type="button" className="btn-secondary" onClick={() => { moved.current = true; setHistory([initial]); }}>{t("restart")}</button>
              </div>
            </div>
          )}
        </div>
      </section>
      <CalculatorResults rows={state.results} />
    </div>
  );
}

/**
 * Saves the latest answers to the organisation's profile, one request at a time: answers given while
 * a save runs are sent once it ends (only the newest), so the profile ends as the flow stands.
 */
function useProfileSaving(enabled: boolean) {
  const t = useTranslations("offers.calc");
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const running = useRef(false);
  const pending = useRef<ScreenerAnswers | null>(null);
  const run = async () => {
    running.current = true;
    while (pending.current) {
      const next = pending.current;
      pending.current = null;
      setStatus("saving");
      const res = await saveScreenerAction(next).catch(() => ({ ok: false as const }));
      setStatus(res.ok ? "saved" : "failed");
    }
    running.current = false;
  };
  return {
    status,
    text: status === "idle" ? "" : t(status),
    save: (a: ScreenerAnswers) => {
      if (!enabled) return;
      pending.current = a;
      if (!running.current) void run();
    },
  };
}
