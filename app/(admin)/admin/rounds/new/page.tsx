import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { utcToBeijingInput } from "@/lib/admin/beijing-time";
import { GRADED_MEASURES, ROUND_LIMIT_DEFAULTS, type RoundInput } from "@/lib/admin/round-schema";
import { guardPage } from "@/lib/auth/guard-page";
import { RoundForm } from "../round-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.roundForm"))("newTitle") };
}

export default async function NewRoundPage() {
  await guardPage("/admin/rounds/new", "admin");
  const t = await getTranslations("admin.roundForm");
  const now = new Date();
  const start = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000);
  const defaults: RoundInput = {
    name: "", year: Number(utcToBeijingInput(now).slice(0, 4)), opensAt: utcToBeijingInput(start),
    closesAt: utcToBeijingInput(new Date(start.getTime() + 30 * 86_400_000)).slice(0, 11) + "17:00",
    totalBudget: "", measureIds: [], budgets: {}, noticeDays: 7, ...ROUND_LIMIT_DEFAULTS, blacklistCheck: true,
    eligibleGrades: Object.fromEntries(GRADED_MEASURES.map((m) => [m.id, m.defaultGrades])),
  };
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Link href="/admin/rounds" className="text-sm">← {t("back")}</Link>
      <h1 className="page-title">{t("newTitle")}</h1>
      <RoundForm defaults={defaults} />
    </div>
  );
}
