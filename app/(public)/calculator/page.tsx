import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { CalculatorForm } from "./calculator-form";
import { EMPTY_INPUT, inputFromSearchParams, type CalculatorInput } from "./calculator-schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy.calc"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** today in Beijing time, YYYY-MM-DD */
const todayInBeijing = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

export default async function CalculatorPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("policy.calc");
  let base: CalculatorInput = EMPTY_INPUT;
  let prefilled = false;
  // a signed-in applicant starts from its own organisation's type and registration
  const user = await currentUser();
  if (user?.role === "applicant" && user.organisationId) {
    const org = await db.organisation.findUnique({ where: { id: user.organisationId }, select: { orgType: true, registeredInCity: true } });
    if (org) {
      base = { ...base, orgType: org.orgType, registeredInCity: org.registeredInCity };
      prefilled = true;
    }
  }
  const fromUrl = inputFromSearchParams(await searchParams, base);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("lead")}</p>
      </div>
      <ClientMessages namespaces={["policy.calc", "policy.clauseN", "orgTypes"]}>
        <CalculatorForm initial={fromUrl ?? base} submitted={fromUrl !== null} prefilled={prefilled && fromUrl === null} asOf={todayInBeijing()} />
      </ClientMessages>
    </div>
  );
}
