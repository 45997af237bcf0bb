import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";

export default async function FinanceHome() {
  await guardPage("/finance", "finance");
  const t = await getTranslations("landing.finance");
  return (
    <div className="space-y-6">
      <h1 className="page-title">{t("title")}</h1>
      <EmptyState title={t("empty")} hint={t("emptyHint")} />
    </div>
  );
}
