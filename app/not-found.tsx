import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-md py-12 text-center" data-testid="not-found">
      <p className="text-5xl font-bold text-slate-300">404</p>
      <h1 className="page-title mt-2">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <Link href="/" className="btn-primary mt-6">{t("home")}</Link>
    </div>
  );
}
