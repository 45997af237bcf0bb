import "server-only";
// The applicant home page's "you may qualify for": the screener (rules/screener) run on the server
// over what the portal knows of the organisation, the likely measures with their estimated amount,
// each marked when the organisation already has a draft, a live case or an offer of it.
import type { Label } from "@/rules/core/fields";
import { screen } from "@/rules/screener/screener";
import type { SessionUser } from "../auth/sign-in";
import { AWARDED, LIVE } from "../cases/transitions";
import { db } from "../db/client";
import { ActionError } from "../errors";
import { knownAnswers, todayInBeijing } from "../organisations/facts";

export interface Recommendation {
  measureId: string;
  clause: number;
  title: Label;
  estimatedCeilingFen: number;
  fixed: boolean;
  /** the organisation's own case of the measure: a live or awarded one, else its newest draft */
  existing: { id: string; caseNo: string | null; status: string } | null;
}

export async function recommendationsFor(user: SessionUser, asOf = todayInBeijing()) {
  const organisationId = user.role === "applicant" ? user.organisationId : null;
  if (!organisationId) throw new ActionError("forbidden");
  const [answers, cases, offers] = await Promise.all([
    knownAnswers(organisationId, asOf),
    db.case.findMany({
      where: { organisationId, status: { in: ["draft", ...LIVE, ...AWARDED] } },
      orderBy: { updatedAt: "desc" }, select: { id: true, measureId: true, caseNo: true, status: true },
    }),
    db.offer.findMany({ where: { organisationId, status: "offered" }, select: { measureId: true } }),
  ]);
  const state = screen(answers, { asOf });
  const offered = new Set(offers.map((o) => o.measureId));
  const caseOf = (measureId: string) => {
    const own = cases.filter((c) => c.measureId === measureId);
    return own.find((c) => c.status !== "draft") ?? own[0] ?? null;
  };
  const items: Recommendation[] = state.results
    .filter((r) => r.status === "likely" && r.estimatedCeilingFen !== null && !offered.has(r.measure))
    .map((r) => ({
      measureId: r.measure, clause: r.clause, title: r.title, estimatedCeilingFen: r.estimatedCeilingFen!, fixed: r.kind === "fixed",
      existing: caseOf(r.measure),
    }));
  return { items, undecided: state.undecided };
}
