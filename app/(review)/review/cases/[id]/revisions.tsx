import { getLocale, getTranslations } from "next-intl/server";
import type { StaffCaseView } from "@/lib/review/case-view";

/** Every submission of the case and what changed from the one before. */
export async function Revisions({ revisions }: { revisions: StaffCaseView["revisions"] }) {
  const [t, locale] = await Promise.all([getTranslations("review.case"), getLocale()]);
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });
  return (
    <ol className="space-y-4" data-testid="revisions">
      {[...revisions].reverse().map((r) => (
        <li key={r.revision}>
          <p className="text-sm font-medium">{t("revisionN", { n: r.revision })} <span className="font-normal text-slate-600">· {fmt.format(r.submittedAt)}</span></p>
          {r.changes === null ? (
            <p className="text-sm text-slate-600">{t("firstRevision")}</p>
          ) : r.changes.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noChanges")}</p>
          ) : (
            <div className="mt-1 overflow-x-auto">
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
        </li>
      ))}
    </ol>
  );
}
