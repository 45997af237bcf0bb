import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/sign-in";
import { demoMode } from "@/lib/env";
import type { StaffCaseView } from "@/lib/review/case-view";
import { ConfirmForm } from "./confirm-form";
import { EndNoticeButton } from "./end-notice-button";
import { ResolveObjectionsForm } from "./objection-form";
import { ProposalSummary, type PendingProposal } from "./proposal-summary";
import { ProposeForm } from "./propose-form";
import { actionsFrom, allowed, dutyOf, type CaseAction } from "@/lib/cases/transitions";
import { formatDateTime } from "@/lib/format-date";

/** What this person can do with the case now; the services check it all again. */
export async function ReviewPanel({ view, user, lead }: { view: StaffCaseView; user: SessionUser; lead: boolean }) {
  const [t, tp, locale] = await Promise.all([getTranslations("review.case"), getTranslations("review.proposal"), getLocale()]);
  const { c } = view;
  const p = view.pending;
  const pending: PendingProposal | null = p && {
    proposal: p.proposal as PendingProposal["proposal"], amountFen: p.amountFen === null ? null : Number(p.amountFen), reason: p.reason,
    fixList: Array.isArray(p.fixList) ? (p.fixList as string[]) : [], proposedBy: view.nameOf(p.proposedById), proposedByMe: p.proposedById === user.id,
    at: formatDateTime(p.createdAt, locale),
  };
  const decision = view.live ?? view.stored;
  const ceilingFen = Number(decision?.ceilingFen ?? c.ceilingFen ?? 0);

  // the buttons follow the lifecycle table and the separation of duties; the services check it all again
  const may = (a: CaseAction) => {
    const d = dutyOf(a);
    return lead && allowed(a, c.status, user.role) && (!d || view.myDuties.every((x) => x === d));
  };
  const offered = actionsFrom(c.status, user.role);
  const tookOtherPart = lead && offered.some((a) => dutyOf(a)) && !offered.some(may);

  if (may("propose")) {
    return <ProposeForm caseId={c.id} version={c.version} ceilingFen={ceilingFen} fixed={!!decision?.fixed} eligible={!!decision?.eligible} />;
  }
  if (c.status === "proposed" && pending) {
    if (may("confirm_approve") && !pending.proposedByMe) return <ConfirmForm caseId={c.id} version={c.version} pending={pending} />;
    return (
      <div className="space-y-3">
        <ProposalSummary p={pending} t={tp} />
        {pending.proposedByMe && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm font-medium" role="status" data-testid="awaiting-confirmation">{t("awaiting")}</p>}
        {!pending.proposedByMe && tookOtherPart && <p className="text-sm text-slate-600" data-testid="no-action">{t("noAction.duty")}</p>}
      </div>
    );
  }
  const open = view.openObjections;
  if (c.status === "objected" && open.length > 0) {
    const proposal = open.every((o) => o.dismissProposedById) ? open[0] : null;
    const dismissal = proposal && {
      byMe: proposal.dismissProposedById === user.id, name: view.nameOf(proposal.dismissProposedById),
      at: proposal.dismissProposedAt ? formatDateTime(proposal.dismissProposedAt, locale) : "", note: proposal.dismissNote ?? "",
    };
    const canDismiss = dismissal ? !dismissal.byMe && may("dismiss_objection") : may("propose_dismissal");
    if (canDismiss || may("uphold_objection")) {
      return <ResolveObjectionsForm caseId={c.id} version={c.version} count={open.length} canDismiss={canDismiss} dismissal={dismissal} />;
    }
  }
  if (demoMode() && allowed("end_notice", c.status, user.role)) return <EndNoticeButton caseId={c.id} version={c.version} />;
  if (tookOtherPart) return <p className="text-sm text-slate-600" data-testid="no-action">{t("noAction.duty")}</p>;
  return <p className="text-sm text-slate-600" data-testid="no-action">{t(`noAction.${lead ? c.status : "readOnly"}`)}</p>;
}
