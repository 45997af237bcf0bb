import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/form/form-alert";
import { ActionError } from "@/lib/actions/define-action";
import { utcToBeijingInput } from "@/lib/admin/beijing-time";
import { formatDateTime } from "@/lib/format-date";
import { fenToYuanInput, GRADED_MEASURES, type RoundInput } from "@/lib/admin/round-schema";
import { getRound } from "@/lib/admin/rounds";
import { guardPage } from "@/lib/auth/guard-page";
import type { Grade } from "@/rules/core/types";
import { RoundStatusBadge } from "../../_components/round-status-badge";
import { RoundForm } from "../round-form";
import { RoundStatusControl } from "../round-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.roundForm"))("editTitle") };
}

export default async function RoundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  const user = await guardPage(`/admin/rounds/${encodeURIComponent(id)}`, "admin");
  const [t, ts, tr, locale] = await Promise.all([getTranslations("admin.roundForm"), getTranslations("admin.roundStatus"), getTranslations("admin.rounds"), getLocale()]);
  const round = await getRound(user, id).catch((e) => {
    if (e instanceof ActionError && e.code === "not_found") notFound();
    throw e;
  });
  const stored = (round.params ?? {}) as { eligibleGrades?: Record<string, Grade[]>; blacklistCheck?: boolean };
  const defaults: RoundInput = {
    name: round.name, year: round.year, opensAt: utcToBeijingInput(round.opensAt), closesAt: utcToBeijingInput(round.closesAt),
    totalBudget: fenToYuanInput(round.totalBudgetFen), noticeDays: round.noticeDays,
    fixWorkingDays: round.fixWorkingDays, reviewLimitDays: round.reviewLimitDays, confirmLimitDays: round.confirmLimitDays, blacklistCheck: stored.blacklistCheck !== false,
    measureIds: round.measures.map((m) => m.measureId),
    budgets: Object.fromEntries(round.measures.map((m) => [m.measureId, fenToYuanInput(m.budgetFen)])),
    eligibleGrades: Object.fromEntries(GRADED_MEASURES.map((m) => [m.id, stored.eligibleGrades?.[m.id] ?? m.defaultGrades])),
  };
  const { created } = await searchParams;
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Link href="/admin/rounds" className="text-sm">← {t("back")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="page-title">{round.name}</h1>
        <RoundStatusBadge status={round.status} label={ts(`status.${round.status}`)} />
      </div>
      {created && <FormAlert tone="success" message={t("created")} />}
      <section className="card flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" aria-labelledby="status-title">
        <div className="text-sm text-slate-700">
          <h2 id="status-title" className="text-base font-semibold text-slate-900">{ts("title")}</h2>
          <p className="mt-1">{formatDateTime(round.opensAt, locale)} – {formatDateTime(round.closesAt, locale)}（{t("beijing")}）</p>
          <p>{ts(`help.${round.status}`)}</p>
          <p className="mt-1 flex gap-3">
            <Link href={`/admin/dashboard?round=${round.id}`}>{tr("dashboard")}</Link>
            <Link href={`/admin/whatif?round=${round.id}`}>{tr("whatif")}</Link>
          </p>
        </div>
        <RoundStatusControl roundId={round.id} status={round.status} cases={round.cases} />
      </section>
      <h2 className="text-lg font-semibold">{t("editTitle")}</h2>
      <RoundForm roundId={round.id} defaults={defaults} cases={round.cases} />
    </div>
  );
}
