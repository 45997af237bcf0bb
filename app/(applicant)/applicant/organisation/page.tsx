import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden, redirect } from "next/navigation";
import { FormAlert } from "@/components/form/form-alert";
import { ORGANISATION_REGISTRATION } from "@/lib/auth/guard-page";
import { currentUser } from "@/lib/auth/session";
import { registrationStart } from "@/lib/organisations/register-own";
import { RegisterOrganisationForm } from "./register-organisation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgRegistration"))("title") };
}

// Not guardPage: it sends applicants without an organisation here
export default async function RegisterOrganisationPage() {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(ORGANISATION_REGISTRATION)}`);
  if (user.role !== "applicant") forbidden();
  if (user.organisationId) redirect("/applicant");
  const [t, start] = await Promise.all([getTranslations("orgRegistration"), registrationStart(user)]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="page-title">{t("title")}</h1>
      <p className="mb-4 mt-2 text-sm text-slate-700">{t("lead", { name: start.name })}</p>
      {start.malformed && (
        <div className="mb-4"><FormAlert tone="info" message={t("malformedClaim", { code: start.malformed })} /></div>
      )}
      <RegisterOrganisationForm attested={start.attested} contactName={start.name === "—" ? "" : start.name} contactPhone={start.phone ?? ""} />
    </div>
  );
}
