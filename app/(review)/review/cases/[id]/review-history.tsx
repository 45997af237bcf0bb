import { getLocale, getTranslations } from "next-intl/server";
import { formatYuan } from "@/lib/money";
import type { StaffCaseView } from "@/lib/review/case-view";
import { formatDateTime } from "@/lib/format-date";

/** Proposals and their confirmations: who proposed what, who confirmed or sent it back, and why. */
export async function ReviewHistory({ view }: { view: StaffCaseView }) {
  const [t, locale] = await Promise.all([getTranslations("review.history"), getLocale()]);
  const actions = [...view.c.reviewActions].reverse();
  if (actions.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-3 text-sm" data-testid="review-history">
      {actions.map((a) => {
        const fixList = Array.isArray(a.fixList) ? (a.fixList as string[]) : [];
        return (
          <li key={a.id} className="rounded-md border border-slate-200 p-3">
            <p className="font-medium">
              {t(`proposal.${a.proposal}`)}
              {a.amountFen !== null && <span className="ml-1 tabular-nums">{formatYuan(a.amountFen)}</span>}
              <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${a.state === "pending" ? "bg-indigo-100 text-indigo-800" : a.state === "confirmed" ? "bg-green-100 text-green-800" : "bg-amber-100 text-amber-900"}`}>{t(`state.${a.state}`)}</span>
            </p>
            {a.reason && <p className="mt-1 whitespace-pre-wrap text-slate-800">{a.reason}</p>}
            {fixList.length > 0 && <ol className="mt-1 ml-5 list-decimal text-slate-800">{fixList.map((x, i) => <li key={i}>{x}</li>)}</ol>}
            <p className="mt-1 text-xs text-slate-600">{t("proposedBy", { name: view.nameOf(a.proposedById), at: formatDateTime(a.createdAt, locale) })}</p>
            {a.confirmedById && a.confirmedAt && (
              <p className="text-xs text-slate-600">
                {t(a.state === "sent_back" ? "sentBackBy" : "confirmedBy", { name: view.nameOf(a.confirmedById), at: formatDateTime(a.confirmedAt, locale) })}
                {a.confirmNote && <>：{a.confirmNote}</>}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
