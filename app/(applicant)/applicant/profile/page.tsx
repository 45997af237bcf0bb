import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/guard-page";
import { orgProfile } from "@/lib/organisations/members";
import { ColleagueForm } from "./colleague-form";
import { ContactForm } from "./contact-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.profile"))("title") };
}

export default async function ProfilePage() {
  const user = await guardPage("/applicant/profile", "applicant");
  const [t, to, fmt, { org, users }] = await Promise.all([getTranslations("cases.profile"), getTranslations("orgTypes"), getFormatter(), orgProfile(user)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="page-title">{t("title")}</h1>
      <section className="card" aria-labelledby="org-title">
        <h2 id="org-title" className="mb-2 text-base font-semibold">{t("orgTitle")}</h2>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-600">{t("orgName")}</dt><dd data-testid="profile-org-name">{org.name}</dd>
          <dt className="text-slate-600">{t("creditCode")}</dt><dd className="font-mono" data-testid="profile-credit-code">{org.creditCode}</dd>
          <dt className="text-slate-600">{t("orgType")}</dt><dd>{to(org.orgType)}</dd>
          <dt className="text-slate-600">{t("registeredInCity")}</dt><dd>{org.registeredInCity ? t("yes") : t("no")}</dd>
        </dl>
        <p className="help mt-3">{t("fixedNote")}</p>
      </section>
      <section className="card" aria-labelledby="contact-title">
        <h2 id="contact-title" className="mb-3 text-base font-semibold">{t("contactTitle")}</h2>
        <ContactForm initial={{ contactName: org.contactName, contactPhone: org.contactPhone, address: org.address ?? "" }} />
      </section>
      <section className="card space-y-3" aria-labelledby="users-title">
        <h2 id="users-title" className="text-base font-semibold">{t("usersTitle")}</h2>
        <p className="help">{t("usersNote")}</p>
        <ul className="divide-y divide-slate-200 text-sm" data-testid="org-users">
          {users.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span><span className="font-medium">{u.name}</span> <span className="break-all text-slate-600">{u.email}</span>{u.id === user.id && <span className="ml-2 rounded bg-brand-50 px-1.5 text-xs text-brand-800">{t("you")}</span>}</span>
              <span className="text-xs text-slate-600">{u.active ? (u.lastLoginAt ? t("lastLogin", { at: fmt.dateTime(u.lastLoginAt, { dateStyle: "medium" }) }) : t("neverLoggedIn")) : t("inactive")}</span>
            </li>
          ))}
        </ul>
        <h3 className="pt-2 text-sm font-semibold">{t("addColleague")}</h3>
        <ColleagueForm />
      </section>
    </div>
  );
}
