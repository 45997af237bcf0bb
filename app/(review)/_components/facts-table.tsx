import type { FactRow } from "@/lib/review/facts-display";

/** The facts as the applicant gave them, labelled as on the application form. */
export function FactsTable({ subject, subjectLabel, rows }: { subject: string; subjectLabel: string; rows: FactRow[] }) {
  return (
    <dl className="divide-y divide-slate-100 text-sm" data-testid="facts">
      <div className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr] sm:gap-4">
        <dt className="text-slate-600">{subjectLabel}</dt>
        <dd className="font-medium break-words">{subject || "—"}</dd>
      </div>
      {rows.map((r) => (
        <div key={r.name} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr] sm:gap-4" data-testid={`fact-${r.name}`}>
          <dt className="text-slate-600">{r.label}</dt>
          <dd className="break-words tabular-nums">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
