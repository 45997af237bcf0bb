import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { db } from "@/lib/db/client";

export default async function ReviewHome() {
  const user = await guardPage("/review", "reviewer");
  const [t, locale] = await Promise.all([getTranslations("landing.reviewer"), getLocale()]);
  const bureau = await db.bureau.findUnique({ where: { id: user.bureauId ?? "" } });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700" data-testid="bureau-name">{t("bureau", { bureau: (locale === "en" ? bureau?.nameEn : bureau?.nameZh) ?? "" })}</p>
      </div>
      <EmptyState title={t("empty")} hint={t("emptyHint")} />
    </div>
  );
}
