import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ENROL_PATH, guardPage } from "@/lib/auth/guard-page";
import { factorStatus } from "@/lib/auth/second-factor";
import { groupAccountNo } from "@/lib/organisations/bank-account";
import { orgProfile } from "@/lib/organisations/members";
import { BankAccountForm } from "./bank-account-form";
import { ColleagueForm } from "./colleague-form";
import { ContactForm } from "./contact-form";
import { formatDate } from "@/lib/format-date";
import { ProfileFacts } from "./profile-facts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.profile"))("title") };
}

export default async function ProfilePage() {
  const user = await guardPage("/applicant/profile", "applicant");
  // an account without an organisation (its code was registered by someone else) starts from verification
  if (!user.organisationId) redirect("/applicant/verification");
  const [t, tv, tb, to, locale, { org, users }] = await Promise.all([
    getTranslations("cases.profile"), getTranslations("verification"), getTranslations("payment.account"), getTranslations("orgTypes"), getLocale(), orgProfile(user),
  ]);
  const [tf, factor] = await Promise.all([getTranslations("twoFactor"), factorStatus(user.id)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="page-title">{t("title")}</h1>
      <section className="card" aria-labelledby="org-title">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="org-title" className="text-base font-semibold">{t("orgTitle")}</h2>
          <span className={`rounded px-2 py-0.5 text-sm ${org.verifiedAt ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-800"}`} data-testid="profile-verified">
            {tv(org.verifiedAt ? "status.verified" : "status.unverified")}
          </span>
        </div>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-600">{t("orgName")}</dt><dd data-testid="profile-org-name">{org.name}</dd>
          <dt className="text-slate-600">{t("creditCode")}</dt><dd className="font-mono" data-testid="profile-credit-code">{org.creditCode}</dd>
          <dt className="text-slate-600">{t("orgType")}</dt><dd>{to(org.orgType)}</dd>
          <dt className="text-slate-600">{t("registeredInCity")}</dt><dd>{org.registeredInCity ? t("yes") : t("no")}</dd>
        </dl>
        <p className="help mt-3">{org.verifiedAt ? tv("formChangeLead") : tv("banner.unverified")}</p>
        <p className="mt-2">
          <Link href="/applicant/verification" className="btn-secondary" data-testid="profile-verification-link">{org.verifiedAt ? tv("profileChange") : tv("profileVerify")}</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="contact-title">
        <h2 id="contact-title" className="mb-3 text-base font-semibold">{t("contactTitle")}</h2>
        <ContactForm initial={{ contactName: org.contactName, contactPhone: org.contactPhone, address: org.address ?? "" }} />
      </section>
      <section id="bank-account" className="card space-y-3 scroll-mt-20" aria-labelledby="bank-title">
        <h2 id="bank-title" className="text-base font-semibold">{tb("title")}</h2>
        <p className="help">{tb("lead")}</p>
        {org.bankAccountNo ? (
          <dl className="grid gap-x-4 gap-y-1 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-[10rem_1fr]" data-testid="bank-account-current">
            <dt className="text-slate-600">{tb("accountName")}</dt><dd>{org.bankAccountName}</dd>
            <dt className="text-slate-600">{tb("bankName")}</dt><dd>{org.bankName}</dd>
            <dt className="text-slate-600">{tb("accountNo")}</dt><dd className="break-all font-mono tabular-nums">{groupAccountNo(org.bankAccountNo)}</dd>
          </dl>
        ) : <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="bank-account-none">{tb("none")}</p>}
        <BankAccountForm
          orgName={org.name}
          initial={{ bankAccountName: org.bankAccountName ?? org.name, bankName: org.bankName ?? "", bankAccountNo: org.bankAccountNo ? groupAccountNo(org.bankAccountNo) : "" }}
        />
        <p className="help">{tb("changeNote")}</p>
      </section>
      <ProfileFacts user={user} />
      <section className="card space-y-3" aria-labelledby="users-title">
        <h2 id="users-title" className="text-base font-semibold">{t("usersTitle")}</h2>
        <p className="help">{t("usersNote")}</p>
        <ul className="divide-y divide-slate-200 text-sm" data-testid="org-users">
          {users.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span><span className="font-medium">{u.name}</span> <span className="break-all text-slate-600">{u.email}</span>{u.id === user.id && <span className="ml-2 rounded bg-brand-50 px-1.5 text-xs text-brand-800">{t("you")}</span>}</span>
              <span className="text-xs text-slate-600">{u.active ? (u.lastLoginAt ? t("lastLogin", { at: formatDate(u.lastLoginAt, locale) }) : t("neverLoggedIn")) : t("inactive")}</span>
            </li>
          ))}
        </ul>
        <h3 className="pt-2 text-sm font-semibold">{t("addColleague")}</h3>
        <ColleagueForm />
      </section>
      <section className="card space-y-2" aria-labelledby="factor-title" data-testid="profile-factor">
        <h2 id="factor-title" className="text-lg font-semibold">{tf("title")}</h2>
        <p className="text-sm text-slate-700">{factor.enrolled ? tf("enabled") : tf("optionalLead")}</p>
        <Link href={ENROL_PATH}>{factor.enrolled ? tf("manage") : tf("turnOn")}</Link>
      </section>
    </div>
  );
}
