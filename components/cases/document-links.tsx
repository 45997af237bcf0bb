import { getTranslations } from "next-intl/server";

/**
 * Download links of a submitted case's printed documents (the route checks who may read the case).
 * Shown on the applicant's, the reviewer's and finance's case pages.
 */
export async function DocumentLinks({ caseId, compact = false }: { caseId: string; compact?: boolean }) {
  const t = await getTranslations("documents.links");
  const base = `/api/cases/${encodeURIComponent(caseId)}/pdf`;
  const links = (
    <div className="flex flex-wrap gap-2">
      <a href={`${base}/application`} className="btn-secondary" download data-testid="pdf-application">{t("application")}</a>
      <a href={`${base}/receipt`} className="btn-secondary" download data-testid="pdf-receipt">{t("receipt")}</a>
    </div>
  );
  if (compact) return links;
  return (
    <section className="card space-y-2" aria-labelledby="documents-title">
      <h2 id="documents-title" className="text-base font-semibold">{t("title")}</h2>
      {links}
      <p className="help">{t("hint")}</p>
    </section>
  );
}
