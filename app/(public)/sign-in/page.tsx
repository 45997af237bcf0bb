import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/client-messages";
import { FormAlert } from "@/components/form/form-alert";
import { HOME_BY_ROLE } from "@/lib/auth/guard-page";
import { safeNextPath } from "@/lib/auth/navigation";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

// the site's origin, to resolve `next` against (any fixed origin would do: only a path is kept)
const ORIGIN = env.NEXTAUTH_URL ?? "http://localhost";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string; registered?: string }> }) {
  const { next, error, registered } = await searchParams;
  const safeNext = safeNextPath(typeof next === "string" ? next : undefined, ORIGIN);
  const user = await currentUser();
  if (user) redirect(safeNext ?? HOME_BY_ROLE[user.role]);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title mb-6">{t("title")}</h1>
      {registered === "1" && <div className="mb-4"><FormAlert tone="info" message={t("registered")} /></div>}
      <div className="card">
        <ClientMessages namespaces={["signIn"]}>
          <SignInForm next={safeNext ?? "/me"} initialError={error === "SessionRequired" ? "expired" : null} />
        </ClientMessages>
      </div>
      <p className="mt-4 text-center text-sm text-slate-700">
        {t("noAccount")} <Link href="/sign-up">{t("register")}</Link>
      </p>
    </div>
  );
}
