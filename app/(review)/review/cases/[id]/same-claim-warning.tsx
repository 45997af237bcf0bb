import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/cases/status-badge";
import type { StaffCaseView } from "@/lib/review/case-view";

/** measures.md rule 8: the organisation's other cases that claim the same thing (measure + subject, c09: the fiscal year). */
export async function SameClaimWarning({ view }: { view: StaffCaseView }) {
  const { year, cases } = view.sameClaim;
  if (cases.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("review.case"), getLocale()]);
  return (
    <section className="rounded-md border-2 border-amber-500 bg-amber-50 px-4 py-3 text-amber-950" role="alert" aria-labelledby="s-same-claim" data-testid="same-claim-warning">
      <h2 id="s-same-claim" className="font-semibold">{t("sameClaimTitle")}</h2>
      <p className="mt-1 text-sm">
        {year !== null ? t("sameClaimYear", { n: cases.length, year: String(year) }) : t("sameClaimSubject", { n: cases.length, subject: view.c.subject })}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {cases.map((o) => (
          <li key={o.id} className="flex items-center gap-2" data-testid="same-claim-case">
            <span className="tabular-nums font-medium">{o.readable ? <Link href={`/review/cases/${o.id}`}>{o.caseNo ?? o.id}</Link> : o.caseNo ?? "—"}</span>
            <StatusBadge status={o.status} locale={locale} audience="staff" />
          </li>
        ))}
      </ul>
    </section>
  );
}
