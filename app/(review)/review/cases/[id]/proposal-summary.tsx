import { formatYuan } from "@/lib/money";

export interface PendingProposal {
  proposal: "approve" | "return" | "reject";
  amountFen: number | null;
  reason: string | null;
  fixList: string[];
  proposedBy: string;
  proposedByMe: boolean;
  /** when, formatted on the server */
  at: string;
}

type T = (key: string, values?: Record<string, string | number>) => string;

/** What the first reviewer proposed, as the second reviewer confirms it. */
export function ProposalSummary({ p, t }: { p: PendingProposal; t: T }) {
  return (
    <div className="space-y-2 rounded-md border border-indigo-200 bg-indigo-50 p-3 text-sm" data-testid="pending-proposal">
      <p className="font-medium text-indigo-950">
        {t(`proposalTitle.${p.proposal}`)}
        {p.proposal === "approve" && p.amountFen !== null && <span className="ml-1 tabular-nums">{formatYuan(p.amountFen)}</span>}
      </p>
      {p.reason && <p className="whitespace-pre-wrap text-slate-800"><span className="text-slate-600">{t("reason")}：</span>{p.reason}</p>}
      {p.fixList.length > 0 && (
        <div>
          <p className="text-slate-600">{t("fixList")}：</p>
          <ol className="ml-5 list-decimal">{p.fixList.map((x, i) => <li key={i}>{x}</li>)}</ol>
        </div>
      )}
      <p className="text-xs text-slate-600">{t("proposedByAt", { name: p.proposedBy, at: p.at })}</p>
    </div>
  );
}
