import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { currentUser } from "@/lib/auth/session";
import { knownAnswers, todayInBeijing } from "@/lib/organisations/facts";
import { organisationProfile } from "@/lib/organisations/screener-profile";
import type { ScreenerAnswers } from "@/rules/screener/screener";
import { CalculatorForm } from "./calculator-form";
import { EMPTY_INPUT, inputFromSearchParams, type CalculatorInput } from "./calculator-schema";
import { ScreenerFlow } from "./screener-flow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy.calc"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CalculatorPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("policy.calc");
  let base: CalculatorInput = EMPTY_INPUT;
  let known: ScreenerAnswers = {};
  let prefilled = false;
  // a signed-in applicant starts from what the portal knows of its own organisation
  const user = await currentUser();
  const org = user?.role === "applicant" ? await organisationProfile(user) : null;
  if (org) {
    base = { ...base, orgType: org.orgType, registeredInCity: org.registeredInCity };
    // and from what it answered before, or its earlier cases declared (kept on its profile)
    known = await knownAnswers(user!.organisationId!, todayInBeijing());
    prefilled = true;
  }
  const fromUrl = inputFromSearchParams(await searchParams, base);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("lead")}</p>
      </div>
      <ClientMessages namespaces={["policy.calc", "policy.clauseN", "policy.award", "orgTypes", "offers.calc"]}>
        {prefilled && <p role="status" className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-800">{t("prefilled")}</p>}
        {fromUrl === null && <noscript><p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">{t("noScript")}</p></noscript>}
        {fromUrl === null && <ScreenerFlow asOf={todayInBeijing()} initial={known} saveToProfile={org !== null} />}
        <details className="card" open={fromUrl !== null} data-testid="quick-form">
          <summary className="cursor-pointer font-semibold">{t("quickForm")}</summary>
          <div className="mt-4">
            <CalculatorForm initial={fromUrl ?? base} submitted={fromUrl !== null} prefilled={false} asOf={todayInBeijing()} />
          </div>
        </details>
      </ClientMessages>
    </div>
  );
}
