import { getTranslations } from "next-intl/server";

/** A GET form choosing the round a page shows (works without JavaScript). */
export async function RoundPicker({ rounds, current, action }: { rounds: { id: string; name: string }[]; current: string | null; action: string }) {
  const t = await getTranslations("admin.common");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 sm:flex-none">
        <label htmlFor="round" className="label">{t("round")}</label>
        <select id="round" name="round" defaultValue={current ?? undefined} className="input sm:w-96">
          {rounds.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
        </select>
      </div>
      <button type="submit" className="btn-secondary">{t("show")}</button>
    </form>
  );
}
