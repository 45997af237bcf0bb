"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { acceptOfferAction, declineOfferAction } from "../actions";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useHydrated } from "@/components/form/hydrated-form";
import { useErrorText } from "@/components/use-error-text";

export interface OfferView {
  id: string;
  title: string;
  clause: string;
  subject: string;
  amount: string;
  expires: string;
  bureau: string;
  facts: { name: string; label: string; value: string }[];
}

/**
 * A 免申即享 offer: the list's facts and the estimated amount; "accept" opens a dialog that shows the
 * account the award is paid to and takes the signed commitment, then submits through the one submit.
 */
export function OfferCard({ offer, bank }: { offer: OfferView; bank: { name: string; account: string } | null }) {
  const t = useTranslations("offers.offer");
  const errorText = useErrorText("offers", "cases");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [declining, setDeclining] = useState(false);
  const hydrated = useHydrated();
  const [signed, setSigned] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const titleId = `offer-${offer.id}-title`;

  const accept = async () => {
    if (!signed) { setError(t("commitmentRequired")); return; }
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    const res = await acceptOfferAction({ offerId: offer.id, commitment: true }).catch(() => ({ ok: false as const, error: "network" }));
    if (res.ok) {
      // the same confirmation as any submitted application: its number and where it went
      router.push(`/applicant/cases/${res.data.caseId}/submitted`);
      return;
    }
    running.current = false;
    setBusy(false);
    setError(errorText(res.error, "detail" in res ? (res.detail as Record<string, string>) : undefined));
  };
  const decline = async () => {
    setBusy(true);
    const res = await declineOfferAction({ offerId: offer.id }).catch(() => ({ ok: false as const, error: "network" }));
    setBusy(false);
    setDeclining(false);
    if (res.ok) router.refresh();
    else setError(errorText(res.error));
  };

  return (
    <li className="card space-y-3 border-l-4 border-l-brand-600 p-4" data-testid="offer" aria-labelledby={titleId}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <p className="text-sm text-slate-600">{offer.clause} · {offer.subject}</p>
          <h3 id={titleId} className="font-semibold">{offer.title}</h3>
        </div>
        <p className="text-sm sm:text-right"><span className="text-slate-600">{t("estimate")}</span> <span className="font-semibold tabular-nums" data-testid="offer-amount">{offer.amount}</span></p>
      </div>
      <details>
        <summary className="cursor-pointer text-sm">{t("facts")}</summary>
        <FactList facts={offer.facts} />
      </details>
      <p className="text-xs text-slate-600">{offer.expires}</p>
      {error && !open && <p className="field-error" role="alert">{error}</p>}
      {bank ? (
        <div className="flex flex-wrap gap-3">
          <button type="button" className="btn-primary w-full sm:w-auto" disabled={!hydrated} onClick={() => { setError(null); setOpen(true); }} aria-describedby={titleId} data-testid="offer-accept">{t("accept")}</button>
          <button type="button" className="btn-secondary w-full sm:w-auto" disabled={!hydrated} onClick={() => setDeclining(true)} aria-describedby={titleId}>{t("decline")}</button>
        </div>
      ) : (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="offer-no-bank">
          {t("noBank")} <Link href="/applicant/profile#bank-account">{t("addBank")}</Link>
        </p>
      )}
      <ConfirmDialog open={open} title={t("confirmTitle", { measure: offer.title })} confirmLabel={busy ? t("accepting") : t("confirm")} cancelLabel={t("cancel")}
        onConfirm={() => void accept()} onClose={() => setOpen(false)} pending={busy}>
        <div className="space-y-3" data-testid="offer-dialog">
          <p>{t("confirmLead", { bureau: offer.bureau })}</p>
          <FactList facts={offer.facts} />
          {bank && <p>{t("payTo", { bank: bank.name, account: bank.account })}</p>}
          <p className="rounded-md bg-slate-50 p-2 text-slate-700">{t("commitmentText")}</p>
          <label className="flex min-h-8 items-center gap-2">
            <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={signed} onChange={(e) => setSigned(e.target.checked)} data-testid="offer-commitment" />
            {t("commitmentLabel")}
          </label>
          {error && <p className="field-error" role="alert">{error}</p>}
        </div>
      </ConfirmDialog>
      <ConfirmDialog open={declining} title={t("decline")} confirmLabel={t("decline")} cancelLabel={t("cancel")} onConfirm={() => void decline()} onClose={() => setDeclining(false)} pending={busy}>
        <p>{t("declineConfirm")}</p>
      </ConfirmDialog>
    </li>
  );
}

function FactList({ facts }: { facts: OfferView["facts"] }) {
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(0,16rem)_1fr]">
      {facts.map((f) => (
        <div key={f.name} className="contents">
          <dt className="text-slate-600">{f.label}</dt>
          <dd className="break-words tabular-nums">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
