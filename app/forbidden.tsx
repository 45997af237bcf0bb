import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <div className="mx-auto max-w-md py-12 text-center" data-testid="forbidden">
      <p className="text-5xl font-bold text-slate-300">403</p>
      <h1 className="page-title mt-2">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <Link href="/me" className="btn-primary mt-6">{t("home")}</Link>
    </div>
  );
}
