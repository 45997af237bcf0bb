import { getLocale, getTranslations } from "next-intl/server";
import type { StaffCaseView } from "@/lib/review/case-view";
import { formatDateTime } from "@/lib/format-date";

/** Objections lodged during the notice, with the objector's contact (staff only) and the outcome. */
export async function ObjectionsList({ view }: { view: StaffCaseView }) {
  const [t, locale] = await Promise.all([getTranslations("review.objections"), getLocale()]);
  return (
    <ol className="space-y-3 text-sm" data-testid="objections">
      {view.c.objections.map((o) => (
        <li key={o.id} className={`rounded-md border p-3 ${o.state === "open" ? "border-orange-300 bg-orange-50" : "border-slate-200"}`}>
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{o.name}</span>
            <span className="text-slate-600">{o.contact}</span>
            <span className="rounded bg-white px-1.5 py-0.5 text-xs ring-1 ring-slate-200">{t(`state.${o.state}`)}</span>
          </p>
          <p className="mt-1 whitespace-pre-wrap">{o.text}</p>
          <p className="mt-1 text-xs text-slate-600">{formatDateTime(o.createdAt, locale)}</p>
          {o.resolution && o.resolvedAt && (
            <p className="mt-2 border-t border-slate-200 pt-2 text-slate-800">
              {t("resolvedBy", { name: view.nameOf(o.resolvedById), at: formatDateTime(o.resolvedAt, locale) })}：{o.resolution}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
