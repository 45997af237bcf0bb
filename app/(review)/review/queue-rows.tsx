"use client";
import Link from "next/link";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";

/**
 * One row of the queue as the server worked it out (queue-table.tsx): words already in the page's
 * language, so the rows reach the browser as this short list instead of as their whole element tree
 * twice (in the HTML and again in the page's RSC payload: 47 of a queue page's 76 KB of payload).
 */
export interface QueueItem {
  id: string;
  /** the case number (the id until it has one) */
  no: string;
  status: string;
  /** the tooltip of the 超期 label, when the case is past its stage's limit */
  late: string | null;
  /** a co-responsible bureau's case: read only */
  co: boolean;
  /** the tooltip of the 已补正重交 label, for a resubmission */
  resubmitted: string | null;
  /** who proposed what, for a pending decision */
  proposed: string | null;
  org: string;
  creditCode: string;
  measure: string;
  submitted: string;
  age: string;
  ceilingFen: bigint | null;
  amountFen: bigint | null;
}

/** the words of the rows: the column names (phone width shows them beside each cell) and the labels */
export interface QueueRowLabels {
  org: string;
  measure: string;
  submitted: string;
  age: string;
  ceiling: string;
  amount: string;
  late: string;
  co: string;
  resubmitted: string;
}

const CELL = "stacked-cell";
const NUMBER_CELL = `${CELL} md:text-right md:whitespace-nowrap`;

export function QueueRows({ items, labels, locale }: { items: QueueItem[]; labels: QueueRowLabels; locale: string }) {
  return items.map((r) => (
    <tr key={r.id} className="block border-t border-slate-200 px-4 py-3 first:border-t-0 md:table-row md:p-0" data-testid="queue-row">
      <th scope="row" className="block pb-1 font-normal md:table-cell md:px-4 md:py-3 md:align-top">
        <Link href={`/review/cases/${r.id}`} className="font-medium tabular-nums" data-testid="case-link">{r.no}</Link>
        <span className="mt-1 flex flex-wrap gap-1">
          <StatusBadge status={r.status} locale={locale} audience="staff" />
          {r.late && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900" data-testid="late-label" title={r.late}>{labels.late}</span>}
          {r.co && <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs text-slate-700" data-testid="co-label">{labels.co}</span>}
          {r.resubmitted && <span className="rounded-full bg-indigo-100 px-2 py-0.5 text-xs font-semibold text-indigo-900" data-testid="resubmitted-label" title={r.resubmitted}>{labels.resubmitted}</span>}
        </span>
        {r.proposed && <span className="mt-1 block text-xs text-slate-600">{r.proposed}</span>}
      </th>
      <td data-label={labels.org} className={CELL}>
        <div className="min-w-0">
          <span className="block">{r.org}</span>
          <span className="block text-xs text-slate-600 tabular-nums">{r.creditCode}</span>
        </div>
      </td>
      <td data-label={labels.measure} className={CELL}>{r.measure}</td>
      <td data-label={labels.submitted} className={`${CELL} md:whitespace-nowrap`}>{r.submitted}</td>
      <td data-label={labels.age} className={NUMBER_CELL}>
        {r.late ? <span className="font-semibold text-amber-800">{r.age}</span> : r.age}
      </td>
      <td data-label={labels.ceiling} className={NUMBER_CELL}><Money fen={r.ceilingFen} compact /></td>
      <td data-label={labels.amount} className={NUMBER_CELL}><Money fen={r.amountFen} compact /></td>
    </tr>
  ));
}
