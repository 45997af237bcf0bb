import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/guard-page";
import { listBureauContacts } from "@/lib/bureaus/admin";
import { BureauContactForm } from "./bureau-contact-form";
import { AdminHeader } from "../_components/admin-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.bureaus"))("title") };
}

/** The bureaus' contacts that applicants see on the apply and case pages. */
export default async function BureausPage() {
  const user = await guardPage("/admin/bureaus", "admin");
  const [t, locale, bureaus] = await Promise.all([getTranslations("admin.bureaus"), getLocale(), listBureauContacts(user)]);
  const en = locale === "en";
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} lead={t("lead")} />
      <ul className="grid items-start gap-4 lg:grid-cols-2">
        {bureaus.map((b) => (
          <li key={b.id}>
            <BureauContactForm
              bureau={{ id: b.id, name: en ? b.nameEn : b.nameZh }}
              initial={{ contactPhone: b.contactPhone ?? "", contactEmail: b.contactEmail ?? "", addressZh: b.addressZh ?? "", addressEn: b.addressEn ?? "" }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
