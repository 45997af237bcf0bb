import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { FormAlert } from "@/components/form/form-alert";
import { resetLinkState } from "@/lib/auth/password-reset";
import { ResetForm } from "./reset-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resetPassword"))("title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const state = await resetLinkState(value);
  const t = await getTranslations("resetPassword");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title">{t("title")}</h1>
      {state === "valid" ? (
        <>
          <p className="mb-6 mt-2 text-sm text-slate-700">{t("lead")}</p>
          <div className="card">
            <ClientMessages namespaces={["resetPassword", "errors"]}><ResetForm token={value} /></ClientMessages>
          </div>
        </>
      ) : (
        <div className="mt-6 space-y-4">
          <FormAlert message={t(state)} />
          <p><Link className="btn-primary inline-block" href="/forgot-password">{t("again")}</Link></p>
        </div>
      )}
    </div>
  );
}
