import type { Reason, TraceStep } from "@/rules";
import { Money } from "./money";

/**
 * The rules' verdict: eligible or not, the ceiling, every reason with its clause, and (for staff)
 * the trace of each step. Used by the applicant's preview and case page and by the review page.
 */
export function DecisionView({ decision, locale, showTrace = false }: {
  decision: { eligible: boolean; ceilingFen: number | bigint; fixed: boolean; reasons: Reason[]; trace?: TraceStep[]; rulesetVersion?: string; paramsHash?: string };
  locale: string;
  showTrace?: boolean;
}) {
  const en = locale === "en";
  const failing = decision.reasons.filter((r) => !r.ok);
  const passing = decision.reasons.filter((r) => r.ok);
  return (
    <section className="space-y-3" aria-label={en ? "Eligibility check" : "资格预审结果"} data-testid="decision">
      <div className={`rounded-lg border p-4 ${decision.eligible ? "border-green-200 bg-green-50" : "border-amber-300 bg-amber-50"}`}>
        <p className="text-sm font-medium" data-testid="decision-verdict">
          {decision.eligible ? (en ? "Meets the conditions of the policy" : "符合政策条件") : (en ? "Does not meet the conditions" : "不符合政策条件")}
        </p>
        <p className="mt-1 text-lg font-semibold" data-testid="decision-ceiling">
          {decision.fixed ? (en ? "Award: " : "奖励金额：") : (en ? "Up to: " : "最高可获：")}
          <Money fen={decision.ceilingFen} />
        </p>
      </div>
      {failing.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-semibold text-amber-900">{en ? "Not met" : "未满足的条件"}</h3>
          <ul className="space-y-1 text-sm">
            {failing.map((r, i) => <ReasonItem key={i} r={r} en={en} />)}
          </ul>
        </div>
      )}
      {passing.length > 0 && (
        <details open={failing.length === 0}>
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">{en ? `Checks passed (${passing.length})` : `已满足的条件（${passing.length}项）`}</summary>
          <ul className="mt-1 space-y-1 text-sm">
            {passing.map((r, i) => <ReasonItem key={i} r={r} en={en} />)}
          </ul>
        </details>
      )}
      {showTrace && decision.trace && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">{en ? "Calculation trace" : "计算过程"}</summary>
          <ol className="mt-2 space-y-1 overflow-x-auto text-xs">
            {decision.trace.map((t, i) => (
              <li key={i} className="font-mono">
                <span className="font-semibold">{t.step}</span> {JSON.stringify(t.inputs)} → {JSON.stringify(t.result)}
              </li>
            ))}
          </ol>
          {decision.rulesetVersion && <p className="mt-1 text-xs text-slate-600">{en ? "Ruleset" : "规则版本"} {decision.rulesetVersion} · {en ? "parameters" : "参数"} {decision.paramsHash}</p>}
        </details>
      )}
    </section>
  );
}

function ReasonItem({ r, en }: { r: Reason; en: boolean }) {
  return (
    <li className="flex gap-2">
      <span aria-hidden className={r.ok ? "text-green-700" : "text-amber-700"}>{r.ok ? "✓" : "✗"}</span>
      <span className="sr-only">{r.ok ? (en ? "met:" : "满足：") : (en ? "not met:" : "不满足：")}</span>
      <span>{en ? r.en : r.zh}</span>
    </li>
  );
}
