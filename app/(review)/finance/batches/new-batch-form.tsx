"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { HydratedForm } from "@/components/form/hydrated-form";
import { formatMoney } from "@/lib/money";
import { useErrorText } from "@/components/use-error-text";
import { createBatchAction } from "./actions";

export interface Candidate { id: string; caseNo: string; org: string; measure: string; account: string; fen: string }

/** Finance ticks payable cases and makes them one batch; the total is summed in fen (BigInt). */
export function NewBatchForm({ candidates }: { candidates: Candidate[] }) {
  const t = useTranslations("payment.batches");
  const locale = useLocale();
  const errorText = useErrorText("review");
  const router = useRouter();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const total = candidates.filter((c) => picked.has(c.id)).reduce((s, c) => s + BigInt(c.fen), 0n);
  const all = picked.size === candidates.length && candidates.length > 0;
  const toggle = (id: string) => setPicked((p) => {
    const n = new Set(p);
    if (n.has(id)) n.delete(id);
    else n.add(id);
    return n;
  });

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (pending) return;
    if (!picked.size) return setError(errorText("batch_empty"));
    start(async () => {
      setError(null);
      const res = await createBatchAction({ caseIds: [...picked] });
      if (res.ok) return router.push(`/finance/batches/${res.data.id}`);
      setError(errorText(res.error, res.detail));
      router.refresh();
    });
  };

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("newTitle")} data-testid="new-batch-form">
      <FormAlert message={error} />
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="h-4 w-4" checked={all} onChange={() => setPicked(all ? new Set() : new Set(candidates.map((c) => c.id)))} />
        {t("selectAll")}
      </label>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" data-testid="batch-candidates">
        {candidates.map((c) => (
          <li key={c.id} className="flex flex-wrap items-start gap-x-3 gap-y-1 p-3">
            <input id={`pick-${c.id}`} type="checkbox" className="mt-1 h-4 w-4 shrink-0" checked={picked.has(c.id)} onChange={() => toggle(c.id)} />
            <label htmlFor={`pick-${c.id}`} className="min-w-0 flex-1 text-sm">
              <span className="font-medium tabular-nums">{c.caseNo}</span> · {c.org}
              <span className="block text-xs text-slate-600">{c.measure}</span>
              <span className="block break-all text-xs text-slate-700">{c.account}</span>
            </label>
            {/* on a phone the amount takes its own line under the case, so the case text keeps its width */}
            <span className="w-full pl-7 text-sm font-semibold tabular-nums sm:w-auto sm:shrink-0 sm:pl-0 sm:text-right">{formatMoney(BigInt(c.fen), locale)}</span>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm" aria-live="polite" data-testid="batch-selected">{t("selected", { count: picked.size, total: formatMoney(total, locale) })}</p>
        <button type="submit" className="btn-primary" disabled={pending}>{pending ? t("creating") : t("create")}</button>
      </div>
    </HydratedForm>
  );
}
