import { getTranslations } from "next-intl/server";
import type { TimelineEvent } from "@/lib/cases/timeline";
import { formatDateTime } from "@/lib/format-date";

/** Every step of a case: who, when, why. `showActors: false` hides staff names from applicants. */
export async function Timeline({ events, locale, showActors }: { events: TimelineEvent[]; locale: string; showActors: boolean }) {
  const t = await getTranslations({ locale, namespace: "timelineAction" });
  const ts = await getTranslations({ locale, namespace: "caseStatus.staff" });
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5" data-testid="timeline">
      {events.map((e) => {
        const label = t.has(e.action as never) ? t(e.action as never) : e.action;
        const to = e.toStatus && ts.has(e.toStatus as never) ? ts(e.toStatus as never) : null;
        const reason = typeof e.data.reason === "string" && e.data.reason ? e.data.reason : null;
        return (
          <li key={e.id} className="relative">
            <span aria-hidden className="absolute -left-[27px] top-1 h-3 w-3 rounded-full border-2 border-white bg-brand-600" />
            <p className="text-sm font-medium">{label}
              {to && showActors && <span className="ml-2 text-xs text-slate-600">→ {to}</span>}
            </p>
            <p className="text-xs text-slate-600">
              <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
              {showActors && e.actorName && <> · {e.actorName}</>}
            </p>
            {reason && <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-sm text-slate-800">{reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}
