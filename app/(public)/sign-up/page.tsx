import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("title") };
}

export default async function SignUpPage() {
  const t = await getTranslations("signUp");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="page-title">{t("title")}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-700">{t("lead")}</p>
      <ClientMessages namespaces={["signUp", "orgTypes", "errors"]}><SignUpForm /></ClientMessages>
      <p className="mt-4 text-center text-sm text-slate-700">
        {t("haveAccount")} <Link href="/sign-in">{t("signIn")}</Link>
      </p>
    </div>
  );
}
