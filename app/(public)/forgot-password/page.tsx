import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ForgotForm } from "./forgot-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgotPassword");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title">{t("title")}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-700">{t("lead")}</p>
      <div className="card">
        <ClientMessages namespaces={["forgotPassword", "errors"]}><ForgotForm /></ClientMessages>
      </div>
      <p className="mt-4 text-center text-sm text-slate-700"><Link href="/sign-in">{t("backToSignIn")}</Link></p>
    </div>
  );
}
