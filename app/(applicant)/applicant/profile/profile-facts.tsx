import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/sign-in";
import { formatDay } from "@/lib/format-date";
import { formatMoney } from "@/lib/money";
import { knownFacts } from "@/lib/organisations/facts";
import { factShape } from "@/rules/screener/profile";
import { FactEditor, type FactDescriptor } from "./fact-editor";

/** The facts the portal keeps for the organisation (issue 15 §1): shown, changed and cleared here. */
export async function ProfileFacts({ user }: { user: SessionUser }) {
  const [t, tq, locale, facts] = await Promise.all([
    getTranslations("offers.profile"), getTranslations("policy.calc.qual"), getLocale(), knownFacts(user.organisationId!),
  ]);
  const en = locale === "en";
  const L = (l: { zh: string; en: string }) => (en ? l.en : l.zh);
  const rows: FactDescriptor[] = [];
  // shared facts first (qualifications, figures, then the past year's events), then each measure's
  const rank = (f: { measureId: string; name: string }) => (f.measureId ? 3 : f.name === "qualifications" ? 0 : f.name.startsWith("gate:") ? 2 : 1);
  const sorted = [...facts].sort((a, b) => rank(a) - rank(b) || a.measureId.localeCompare(b.measureId));
  for (const f of sorted) {
    const shape = factShape(f);
    if (!shape) continue;
    const options = f.name === "qualifications" && !f.measureId
      ? shape.options.map((o) => ({ value: o.value, label: tq(o.value as never) }))
      : shape.options.map((o) => ({ value: o.value, label: L(o.label) }));
    const label = f.name === "qualifications" && !f.measureId ? t("qualifications")
      : f.name.startsWith("gate:") ? t("gate", { group: t(`gateGroups.${f.name.slice(5)}` as never) })
      : L(shape.label!);
    rows.push({
      measureId: f.measureId, name: f.name, kind: shape.kind, options, min: shape.min, max: shape.max,
      label, group: shape.measureTitle ? L(shape.measureTitle) : t("shared"),
      value: f.value, display: display(shape.kind, f.value, options, t, locale),
      source: f.source === "case" ? t("sources.case", { caseNo: f.caseNo ?? "" }) : t(`sources.${f.source}`),
      stored: f.stored,
    });
  }
  return (
    <section id="facts" className="card space-y-3 scroll-mt-20" aria-labelledby="facts-title" data-testid="profile-facts">
      <h2 id="facts-title" className="text-base font-semibold">{t("title")}</h2>
      <p className="help">{t("lead")}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")} <Link href="/calculator">{t("toCalculator")}</Link></p>
      ) : (
        [...new Set(rows.map((r) => r.group))].map((group) => (
          <div key={group}>
            <h3 className="mt-2 text-sm font-semibold text-slate-700">{group}</h3>
            <ul className="divide-y divide-slate-200">
              {rows.filter((r) => r.group === group).map((r) => <FactEditor key={`${r.measureId}|${r.name}`} fact={r} />)}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function display(kind: string, v: unknown, options: { value: string; label: string }[], t: (k: "yes" | "no" | "none") => string, locale: string): string {
  if (kind === "money" && typeof v === "number") return formatMoney(v, locale);
  if (kind === "date" && typeof v === "string") return formatDay(v, locale);
  if (kind === "bool") return v === true ? t("yes") : v === false ? t("no") : "—";
  if (kind === "enum") return options.find((o) => o.value === v)?.label ?? String(v);
  if (kind === "multi" && Array.isArray(v)) return v.length ? v.map((x) => options.find((o) => o.value === x)?.label ?? String(x)).join(locale === "en" ? ", " : "、") : t("none");
  return v === undefined || v === null ? "—" : String(v);
}
