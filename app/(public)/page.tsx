import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MEASURES } from "@/rules";

export default async function Home() {
  const t = await getTranslations("home");
  const steps = t.raw("steps") as string[];
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 px-6 py-10 text-white sm:px-10">
        <p className="text-sm text-white/80">威政发〔2023〕5号</p>
        <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-white/90">{t("lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/calculator" className="btn bg-white text-brand-800 hover:bg-brand-50">{t("ctaCalculator")}</Link>
          <Link href="/sign-up" className="btn border border-white/60 text-white hover:bg-white/10">{t("ctaApply")}</Link>
          <Link href="/sign-in" className="btn border border-white/60 text-white hover:bg-white/10">{t("ctaSignIn")}</Link>
        </div>
      </section>
      <section aria-label="facts" className="grid gap-4 sm:grid-cols-3">
        {[
          [String(MEASURES.length), t("facts.measures")],
          ["32", t("facts.clauses")],
          ["2023.07.13 – 2028.07.12", t("facts.window")],
        ].map(([n, l]) => (
          <div key={l} className="card">
            <p className="text-2xl font-semibold text-brand-700">{n}</p>
            <p className="text-sm text-slate-700">{l}</p>
          </div>
        ))}
      </section>
      <section>
        <h2 className="mb-4 text-xl font-semibold">{t("stepsTitle")}</h2>
        <ol className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {steps.map((s, i) => (
            <li key={s} className="card flex gap-3 p-4 text-sm">
              <span className="grid h-6 w-6 shrink-0 place-items-center rounded-full bg-brand-600 text-xs font-bold text-white">{i + 1}</span>
              <span>{s}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
