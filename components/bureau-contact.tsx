import { getTranslations } from "next-intl/server";
import type { BureauContactInfo } from "@/lib/bureaus/contact-schema";

/**
 * Whom to ask about a case or a measure: the lead bureau's phone, e-mail and address (一次性告知).
 * Shown on the apply page and the case page; "联系方式未登记" when the admin has entered none.
 */
export async function BureauContact({ bureau, locale, title, compact = false }: {
  bureau: BureauContactInfo;
  locale: string;
  /** heading text; default "咨询联系方式" */
  title?: string;
  /** no card and no heading: for use inside another section */
  compact?: boolean;
}) {
  const t = await getTranslations("bureauContact");
  const en = locale === "en";
  const name = en ? bureau.nameEn : bureau.nameZh;
  // an English address when there is one, else the Chinese one (an address is still usable in Chinese)
  const address = (en ? bureau.addressEn || bureau.addressZh : bureau.addressZh || bureau.addressEn)?.trim() || null;
  const phone = bureau.contactPhone?.trim() || null;
  const email = bureau.contactEmail?.trim() || null;
  const body = (
    <div className="space-y-1 text-sm" data-testid="bureau-contact">
      <p className="font-medium text-slate-900">{name}</p>
      {!phone && !email && !address ? (
        <p className="text-slate-700" data-testid="bureau-contact-missing">{t("missing")}</p>
      ) : (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
          {phone && (
            <>
              <dt className="text-slate-600">{t("phone")}</dt>
              <dd><a href={`tel:${phone.replace(/[^\d+]/g, "")}`} className="inline-flex min-h-6 items-center tabular-nums">{phone}</a></dd>
            </>
          )}
          {email && (
            <>
              <dt className="text-slate-600">{t("email")}</dt>
              <dd><a href={`mailto:${email}`} className="inline-flex min-h-6 items-center break-all">{email}</a></dd>
            </>
          )}
          {address && (
            <>
              <dt className="text-slate-600">{t("address")}</dt>
              <dd className="break-words">{address}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
  if (compact) return body;
  return (
    <section className="card space-y-2" aria-labelledby="bureau-contact-title">
      <h2 id="bureau-contact-title" className="text-base font-semibold">{title ?? t("title")}</h2>
      {body}
    </section>
  );
}
