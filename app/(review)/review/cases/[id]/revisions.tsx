import { getLocale, getTranslations } from "next-intl/server";
import { FixAnswersList } from "@/components/cases/fix-answers-list";
import type { StaffCaseView } from "@/lib/review/case-view";
import { formatDateTime } from "@/lib/format-date";

/** Every submission of the case and what changed from the one before: facts, documents, and the answers to the fix list. */
export async function Revisions({ revisions, slotLabel }: { revisions: StaffCaseView["revisions"]; slotLabel: (slot: string) => string }) {
  const [t, tn, locale] = await Promise.all([getTranslations("review.case"), getTranslations("nextSteps.revision"), getLocale()]);
  return (
    <ol className="space-y-4" data-testid="revisions">
      {[...revisions].reverse().map((r) => (
        <li key={r.revision} className="space-y-2">
          <p className="text-sm font-medium">{t("revisionN", { n: r.revision })} <span className="font-normal text-slate-600">· {formatDateTime(r.submittedAt, locale)}</span></p>
          {r.changes === null ? (
            <p className="text-sm text-slate-600">{t("firstRevision")}</p>
          ) : r.changes.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noChanges")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[28rem] text-left text-sm" data-testid={`revision-diff-${r.revision}`}>
                <thead className="text-xs text-slate-600">
                  <tr><th scope="col" className="py-1 pr-3">{t("field")}</th><th scope="col" className="py-1 pr-3">{t("before")}</th><th scope="col" className="py-1">{t("after")}</th></tr>
                </thead>
                <tbody>
                  {r.changes.map((c) => (
                    <tr key={c.name} className="border-t border-slate-100">
                      <th scope="row" className="py-1 pr-3 font-normal text-slate-700">{c.label}</th>
                      <td className="py-1 pr-3 text-red-800 line-through decoration-red-300 tabular-nums">{c.before}</td>
                      <td className="py-1 font-medium text-green-800 tabular-nums">{c.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {r.files && (
            <div data-testid={`revision-files-${r.revision}`}>
              <p className="text-sm font-medium">{tn("filesTitle")}</p>
              {r.files.length === 0 ? (
                <p className="text-sm text-slate-600">{tn("noFileChanges")}</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm">
                  {r.files.map((f) => (
                    <li key={f.slot} className="flex flex-wrap items-baseline gap-x-2" data-testid="file-change" data-kind={f.kind}>
                      <span className="text-slate-700">{slotLabel(f.slot)}</span>
                      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${f.kind === "added" ? "bg-green-100 text-green-800" : f.kind === "removed" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}>
                        {tn(`kind.${f.kind}`)}
                      </span>
                      <span className="min-w-0 break-all">
                        {f.removed.map((x) => <span key={`r-${x.sha256}`} className="mr-2 text-red-800 line-through decoration-red-300">{x.fileName || "—"}</span>)}
                        {f.added.map((x) => <span key={`a-${x.sha256}`} className="mr-2 font-medium text-green-800">{x.fileName || "—"}</span>)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <FixAnswersList answers={r.fixAnswers} />
        </li>
      ))}
    </ol>
  );
}
