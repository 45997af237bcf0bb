import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/sign-in";
import { STAFF_STATUS } from "@/lib/cases/status";
import { coMeasuresOf, type QueueRound } from "@/lib/review/queue";
import { hasFilters, TAB_STATUSES, yuanText, type QueueFilter } from "@/lib/review/queue-filter";
import { MEASURES } from "@/rules";

/** The queue's filter form: GET, so it works without JavaScript and the URL is the view. */
export async function QueueFilters({ user, filter: f, rounds }: { user: SessionUser; filter: QueueFilter; rounds: QueueRound[] }) {
  const [t, tn, locale] = await Promise.all([getTranslations("review.queue"), getTranslations("nextSteps.queue"), getLocale()]);
  const en = locale === "en";
  const co = coMeasuresOf(user.bureauId);
  const measures = user.role === "admin" ? MEASURES : MEASURES.filter((m) => m.leadBureau === user.bureauId || co.includes(m.id));
  return (
    <form method="get" action="/review" role="search" aria-label={t("filters")} className="card">
      {f.tab !== "review" && <input type="hidden" name="tab" value={f.tab} />}
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <div className="col-span-2">
          <label htmlFor="q" className="label">{t("q")}</label>
          <input id="q" name="q" type="search" defaultValue={f.q} className="input" placeholder={t("qPlaceholder")} />
        </div>
        <div className="col-span-2 lg:col-span-1">
          <label htmlFor="measure" className="label">{t("measure")}</label>
          <select id="measure" name="measure" defaultValue={f.measure} className="input">
            <option value="">{t("any")}</option>
            {measures.map((m) => <option key={m.id} value={m.id}>{en ? m.title.en : m.title.zh}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="label">{t("status")}</label>
          <select id="status" name="status" defaultValue={f.status} className="input">
            <option value="">{t("any")}</option>
            {TAB_STATUSES[f.tab].map((s) => <option key={s} value={s}>{en ? STAFF_STATUS[s].en : STAFF_STATUS[s].zh}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="round" className="label">{t("round")}</label>
          <select id="round" name="round" defaultValue={f.round} className="input">
            <option value="">{t("any")}</option>
            {rounds.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </div>
        <fieldset className="col-span-2">
          <legend className="label">{t("submitted")}</legend>
          <div className="grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] items-center gap-2">
            <input id="from" name="from" type="date" defaultValue={f.from} className="input min-w-0 px-2" aria-label={t("from")} />
            <span aria-hidden className="text-slate-500">–</span>
            <input id="to" name="to" type="date" defaultValue={f.to} className="input min-w-0 px-2" aria-label={t("to")} />
          </div>
        </fieldset>
        <div className="col-span-2 lg:col-span-1">
          <label htmlFor="sort" className="label">{t("sort")}</label>
          <select id="sort" name="sort" defaultValue={f.sort} className="input">
            <option value="asc">{t("sortAsc")}</option>
            <option value="desc">{t("sortDesc")}</option>
          </select>
        </div>
        <fieldset className="col-span-2 lg:col-span-1">
          <legend className="label">{t("ceilingRange")}</legend>
          <div className="grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] items-center gap-2">
            <input id="min" name="min" inputMode="decimal" defaultValue={yuanText(f.minFen)} className="input min-w-0" aria-label={t("min")} placeholder={t("minPlaceholder")} />
            <span aria-hidden className="text-slate-500">–</span>
            <input id="max" name="max" inputMode="decimal" defaultValue={yuanText(f.maxFen)} className="input min-w-0" aria-label={t("max")} placeholder={t("maxPlaceholder")} />
          </div>
        </fieldset>
        <div className="col-span-2 flex items-center gap-2 lg:col-span-1 lg:self-end lg:pb-2">
          <input id="resubmitted" name="resubmitted" type="checkbox" value="1" defaultChecked={f.resubmitted} className="h-5 w-5 shrink-0" />
          <label htmlFor="resubmitted" className="text-sm">{tn("filter")}</label>
        </div>
        <div className="col-span-2 flex flex-wrap items-end gap-3 lg:col-span-2">
          <button type="submit" className="btn-primary">{t("apply")}</button>
          {hasFilters(f) && <Link href={f.tab === "review" ? "/review" : `/review?tab=${f.tab}`} className="btn-secondary">{t("reset")}</Link>}
        </div>
      </div>
    </form>
  );
}
