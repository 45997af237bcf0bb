// The applicant's write services in one import for integration tests.
export * from "../cases/drafts";
export * from "../cases/submit";
export * from "../cases/withdraw";

/** A round, a new enterprise applicant and its c09 draft with qualifying answers saved (ceiling ¥75,000). */
export async function c09Draft() {
  const { db } = await import("../db/client");
  const { C09_FACTS, makeApplicant, makeRound } = await import("./builders");
  const { startDraft, saveDraft } = await import("../cases/drafts");
  await makeRound(db);
  const user = await makeApplicant(db);
  const draft = await startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
  const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
  return { db, user, draft, version };
}
