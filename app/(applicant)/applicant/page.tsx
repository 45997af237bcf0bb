import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { db } from "@/lib/db/client";

export default async function ApplicantHome() {
  const user = await guardPage("/applicant", "applicant");
  const t = await getTranslations("landing.applicant");
  const org = await db.organisation.findUnique({ where: { id: user.organisationId ?? "" }, select: { name: true } });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700" data-testid="org-name">{t("hello", { org: org?.name ?? "" })}</p>
      </div>
      <EmptyState title={t("empty")} hint={t("emptyHint")} />
    </div>
  );
}
