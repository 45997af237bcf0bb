import { getLocale, getTranslations } from "next-intl/server";
import { engine } from "@/rules";
import type { SessionUser } from "@/lib/auth/sign-in";
import { bureauNames } from "@/lib/bureaus/contact";
import { formatMoney } from "@/lib/money";
import { openOffers } from "@/lib/offers/accept";
import { groupAccountNo, maskAccountNo } from "@/lib/organisations/bank-account";
import { ownOrganisation } from "@/lib/organisations/members";
import { factRows } from "@/lib/review/facts-display";
import { HomeSection } from "./home-section";
import { OfferCard, type OfferView } from "./offer-card";
import { formatDate } from "@/lib/format-date";

/** The organisation's open 免申即享 offers, each accepted with one click (nothing when there is none). */
export async function HomeOffers({ user }: { user: SessionUser }) {
  const offers = await openOffers(user);
  if (offers.length === 0) return null;
  const [t, tp, locale, org, bureaus] = await Promise.all([getTranslations("offers.offer"), getTranslations("policy"), getLocale(), ownOrganisation(user), bureauNames()]);
  if (!org) return null;
  const en = locale === "en";
  const bank = org.bankAccountNo && org.bankName && org.bankAccountName === org.name ? { name: org.bankName, account: maskAccountNo(org.bankAccountNo) ?? groupAccountNo(org.bankAccountNo) } : null;
  const views: OfferView[] = offers.map((o) => {
    const m = engine.measures.get(o.measureId);
    const b = bureaus.find((x) => x.id === m?.leadBureau);
    return {
      id: o.id,
      title: m ? (en ? m.title.en : m.title.zh) : o.measureId,
      clause: m ? tp("clauseN", { n: m.clause }) : "",
      subject: o.subject,
      amount: formatMoney(o.ceilingFen),
      expires: t("expires", { date: formatDate(o.expiresAt, locale) }),
      bureau: b ? (en ? b.nameEn : b.nameZh) : "",
      facts: factRows(o.measureId, o.facts, en ? "en" : "zh").filter((f) => f.value !== "—"),
    };
  });
  return (
    <HomeSection id="offers-title" title={t("title")} lead={t("lead")} testId="offers">
      <ul className="space-y-3">
        {views.map((v) => <OfferCard key={v.id} offer={v} bank={bank} />)}
      </ul>
    </HomeSection>
  );
}
