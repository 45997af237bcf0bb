import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/client-messages";
import { safeNextPath as safeNext } from "@/lib/auth/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next, error } = await searchParams;
  if (await currentUser()) redirect(safeNext(next) ?? "/me");
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title mb-6">{t("title")}</h1>
      <div className="card">
        <ClientMessages namespaces={["signIn"]}>
          <SignInForm next={safeNext(next) ?? "/me"} initialError={error === "SessionRequired" ? "expired" : null} />
        </ClientMessages>
      </div>
      <p className="mt-4 text-center text-sm text-slate-700">
        {t("noAccount")} <Link href="/sign-up">{t("register")}</Link>
      </p>
    </div>
  );
}
