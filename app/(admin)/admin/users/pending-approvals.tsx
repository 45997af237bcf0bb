"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorText } from "@/components/use-error-text";
import { approvePrivilegeAction, rejectPrivilegeAction } from "./actions";
import { useHydrated } from "@/components/form/hydrated-form";

export type PendingRow = {
  id: string;
  kind: "create_staff" | "change_role" | "activate" | "reset_password" | "reset_second_factor";
  email: string;
  name: string;
  /** the role (and bureau) granted, as text; null for a password or second-factor reset */
  grant: string | null;
  requestedBy: string;
  at: string;
  /** asked by the viewer, or about the viewer's own account: they may not approve it (the service refuses too) */
  own: boolean;
  aboutSelf: boolean;
};

/** 待复核: the second admin approves or rejects each request, after a confirmation that says what it does. */
export function PendingApprovals({ rows }: { rows: PendingRow[] }) {
  const t = useTranslations("admin.users");
  return (
    <section aria-labelledby="pending-title" className="space-y-3" data-testid="pending-approvals">
      <div>
        <h2 id="pending-title" className="text-lg font-semibold">{t("pendingTitle")}{rows.length > 0 && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-sm text-amber-900">{rows.length}</span>}</h2>
        <p className="text-sm text-slate-700">{t("pendingLead")}</p>
      </div>
      <ul className="card divide-y divide-slate-100 p-0">
        {rows.map((r) => <PendingItem key={r.id} row={r} />)}
        {rows.length === 0 && <li className="px-4 py-6 text-center text-sm text-slate-600">{t("pendingEmpty")}</li>}
      </ul>
    </section>
  );
}

function PendingItem({ row }: { row: PendingRow }) {
  const t = useTranslations("admin.users");
  const errText = useErrorText("admin");
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [asking, setAsking] = useState<"approve" | "reject" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const kind = t(`kind.${row.kind}`);

  const run = (what: "approve" | "reject") => start(async () => {
    setError(null);
    const res = await (what === "approve" ? approvePrivilegeAction : rejectPrivilegeAction)({ requestId: row.id });
    setAsking(null);
    if (!res.ok) setError(errText(res.error) ?? null);
    router.refresh();
  });

  return (
    <li className="space-y-2 px-4 py-3 text-sm" data-testid={`pending-${row.email}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="font-medium">
          <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900" data-testid="pending-kind">{kind}</span>
          {row.name}<span className="ml-2 font-normal text-slate-600">{row.email}</span>
        </p>
        <p className="text-xs text-slate-600">{t("requestedBy", { name: row.requestedBy, at: row.at })}</p>
      </div>
      {row.grant && <p className="text-slate-700">{t("grant", { role: row.grant })}</p>}
      <FormAlert message={error} />
      {asking ? (
        <div role="alertdialog" aria-labelledby={`confirm-${row.id}`} className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <p id={`confirm-${row.id}`} className="text-amber-900">{t(asking === "approve" ? "confirmApprove" : "confirmReject", { kind, email: row.email })}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" className={asking === "approve" ? "btn-primary px-3 py-1" : "btn-danger px-3 py-1"} disabled={pending} onClick={() => run(asking)}>{t("confirm")}</button>
            <button type="button" className="btn-secondary px-3 py-1" onClick={() => setAsking(null)}>{t("cancel")}</button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {row.own || row.aboutSelf ? <span className="text-slate-600" data-testid="own-request">{t(row.own ? "ownRequest" : "aboutSelf")}</span> : (
            <button type="button" className="btn-primary px-3 py-1" disabled={pending || !hydrated} onClick={() => setAsking("approve")}>{t("approve")}</button>
          )}
          <button type="button" className="btn-secondary px-3 py-1 text-gov-red" disabled={pending || !hydrated} onClick={() => setAsking("reject")}>{row.own ? t("withdraw") : t("reject")}</button>
        </div>
      )}
    </li>
  );
}
