import { budgetUse, countWidth } from "@/lib/admin/budget-bars";

// The dashboard's charts, as plain HTML bars: labels wrap instead of being cut, and they read the
// same on a phone. They repeat figures that the tables below give in full, so they are hidden from
// assistive technology (the tables are the accessible version).

export interface BudgetBar {
  id: string;
  title: string;
  committedFen: number;
  paidFen: number;
  budgetFen: number;
}

export interface StatusBar {
  label: string;
  cases: number;
}

export interface BudgetLabels {
  committed: string;
  paid: string;
  budget: string;
  over: string;
  noBudget: string;
}

const Swatch = ({ className, label }: { className: string; label: string }) => (
  <span className="inline-flex items-center gap-1.5"><span className={`inline-block h-3 w-3 rounded-sm ${className}`} />{label}</span>
);

/** each measure against its own budget (lib/admin/budget-bars.ts): an outlier never flattens the others */
export function BudgetChart({ data, labels, money }: { data: BudgetBar[]; labels: BudgetLabels; money: (fen: number) => string }) {
  return (
    <div aria-hidden className="space-y-3" data-testid="budget-chart">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        <Swatch className="bg-slate-200" label={labels.budget} />
        <Swatch className="bg-brand-600" label={labels.committed} />
        <Swatch className="bg-green-600" label={labels.paid} />
      </p>
      <ol className="space-y-3">
        {data.map((r) => {
          const u = budgetUse(r);
          return (
            <li key={r.id} data-testid={`budget-row-${r.id}`}>
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="line-clamp-2 min-w-0" title={`${r.id} ${r.title}`}>
                  <span className="font-mono text-xs text-slate-500">{r.id.slice(0, 3)}</span> {r.title}
                </span>
                <span className={`shrink-0 tabular-nums ${u.over ? "font-semibold text-gov-red" : "text-slate-700"}`} data-testid="budget-used">
                  {u.usedPct === null ? (u.over ? labels.noBudget : "—") : `${u.usedPct < 0.1 && u.usedPct > 0 ? "<0.1" : u.usedPct.toFixed(1)}%`}
                  {u.over && u.usedPct !== null && <span className="ml-1 text-xs">{labels.over}</span>}
                </span>
              </div>
              <div className="relative mt-1 h-3 overflow-hidden rounded bg-slate-200">
                <div data-bar="committed" className={`absolute inset-y-0 left-0 ${u.over ? "bg-gov-red" : "bg-brand-600"}`} style={{ width: `${u.committedWidth}%` }} />
                <div data-bar="paid" className="absolute inset-y-0 left-0 bg-green-600" style={{ width: `${u.paidWidth}%` }} />
              </div>
              <p className="mt-1 text-xs tabular-nums text-slate-600">
                {labels.committed} {money(r.committedFen)} · {labels.paid} {money(r.paidFen)} · {labels.budget} {money(r.budgetFen)}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function StatusChart({ data }: { data: StatusBar[] }) {
  const max = Math.max(1, ...data.map((d) => d.cases));
  return (
    <ol aria-hidden className="space-y-2" data-testid="status-chart">
      {data.map((d) => (
        <li key={d.label} className="grid grid-cols-[minmax(0,7rem)_1fr] items-center gap-3 text-sm sm:grid-cols-[minmax(0,9rem)_1fr]">
          <span className="break-words text-slate-700">{d.label}</span>
          <span className="flex items-center gap-2">
            <span className="min-w-0 flex-1"><span data-bar="cases" className="block h-3 rounded bg-brand-600" style={{ width: `${countWidth(d.cases, max)}%` }} /></span>
            <span className="w-14 shrink-0 text-right tabular-nums text-slate-700">{d.cases}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
