import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/sign-in";
import { demoMode } from "@/lib/env";
import type { StaffCaseView } from "@/lib/review/case-view";
import { ConfirmForm } from "./confirm-form";
import { EndNoticeButton } from "./end-notice-button";
import { ResolveObjectionsForm } from "./objection-form";
import { ProposalSummary, type PendingProposal } from "./proposal-summary";
import { ProposeForm } from "./propose-form";

/** What this person can do with the case now; the services check it all again. */
export async function ReviewPanel({ view, user, lead }: { view: StaffCaseView; user: SessionUser; lead: boolean }) {
  const [t, tp, locale] = await Promise.all([getTranslations("review.case"), getTranslations("review.proposal"), getLocale()]);
  const { c } = view;
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
  const p = view.pending;
  const pending: PendingProposal | null = p && {
    proposal: p.proposal as PendingProposal["proposal"], amountFen: p.amountFen === null ? null : Number(p.amountFen), reason: p.reason,
    fixList: Array.isArray(p.fixList) ? (p.fixList as string[]) : [], proposedBy: view.nameOf(p.proposedById), proposedByMe: p.proposedById === user.id,
    at: fmt.format(p.createdAt),
  };
  const decision = view.live ?? view.stored;
  const ceilingFen = Number(decision?.ceilingFen ?? c.ceilingFen ?? 0);

  if (lead && c.status === "submitted") {
    return <ProposeForm caseId={c.id} version={c.version} ceilingFen={ceilingFen} fixed={!!decision?.fixed} eligible={!!decision?.eligible} />;
  }
  if (c.status === "proposed" && pending) {
    if (lead && !pending.proposedByMe) return <ConfirmForm caseId={c.id} version={c.version} pending={pending} />;
    return (
      <div className="space-y-3">
        <ProposalSummary p={pending} t={tp} />
        {pending.proposedByMe && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm font-medium" role="status" data-testid="awaiting-confirmation">{t("awaiting")}</p>}
      </div>
    );
  }
  if (lead && c.status === "objected" && view.openObjections.length > 0) {
    return <ResolveObjectionsForm caseId={c.id} version={c.version} count={view.openObjections.length} />;
  }
  if (demoMode() && user.role === "admin" && c.status === "in_notice") return <EndNoticeButton caseId={c.id} version={c.version} />;
  return <p className="text-sm text-slate-600" data-testid="no-action">{t(`noAction.${lead ? c.status : "readOnly"}`)}</p>;
}
