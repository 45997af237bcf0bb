import { describe, expect, it } from "vitest";
import { makeApplicant, makeRound } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

const ANSWERS = {
  orgType: "enterprise", registeredInCity: true, qualifications: ["high_tech_enterprise", "above_designated_size"],
  figures: { rndPrevYearFen: 800_000_000, rndThisYearFen: 950_000_000 }, gates: { projects: [] },
};

describe("profile facts", () => {
  it("a signed-in applicant's answers are kept on its organisation; a bad value refuses the save and changes nothing", async () => {
    const { db } = await import("../db/client");
    const user = await makeApplicant(db);
    const { saveScreenerAnswers, knownAnswers } = await import("./facts");
    await saveScreenerAnswers(user, ANSWERS);
    expect(await db.organisationFact.count({ where: { organisationId: user.organisationId!, source: "screener" } })).toBe(4);
    expect(await knownAnswers(user.organisationId!)).toEqual(ANSWERS);
    await expect(saveScreenerAnswers(user, { ...ANSWERS, figures: { rndThisYearFen: -1 } })).rejects.toMatchObject({ code: "validation", fieldErrors: { rndThisYearFen: "invalid" } });
    await expect(saveScreenerAnswers(user, { ...ANSWERS, facts: { "c13-event-host": { password: "x" } } })).rejects.toMatchObject({ code: "validation" });
    expect(await knownAnswers(user.organisationId!)).toEqual(ANSWERS);
    // going back in the flow drops what the screener had written; a staff user has no profile
    await expect(saveScreenerAnswers(user, { ...ANSWERS, orgType: "university" })).rejects.toMatchObject({ code: "validation", fieldErrors: { orgType: "invalid" } });
    await saveScreenerAnswers(user, { orgType: "enterprise", registeredInCity: true, qualifications: ANSWERS.qualifications });
    expect(await knownAnswers(user.organisationId!)).toEqual({ orgType: "enterprise", registeredInCity: true, qualifications: ANSWERS.qualifications });
    await expect(saveScreenerAnswers({ ...user, role: "reviewer" }, ANSWERS)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("set and clear on the profile touch only the own organisation", async () => {
    const { db } = await import("../db/client");
    const [user, other] = [await makeApplicant(db), await makeApplicant(db)];
    const { setFact, clearFact } = await import("./facts");
    await setFact(user, { measureId: "", name: "salesY3Fen", value: 123 });
    expect(await db.organisationFact.findFirstOrThrow({ where: { organisationId: user.organisationId! } })).toMatchObject({ source: "profile", value: 123, updatedById: user.id });
    await expect(setFact(user, { measureId: "", name: "salesY3Fen", value: "lots" })).rejects.toMatchObject({ code: "validation" });
    await expect(clearFact(other, { measureId: "", name: "salesY3Fen" })).rejects.toMatchObject({ code: "not_found" });
    await clearFact(user, { measureId: "", name: "salesY3Fen" });
    expect(await db.organisationFact.count({ where: { organisationId: user.organisationId! } })).toBe(0);
  });

  it("a new draft starts with what the profile holds, and says which fields were prefilled", async () => {
    const { db } = await import("../db/client");
    await makeRound(db);
    const user = await makeApplicant(db);
    const { saveScreenerAnswers } = await import("./facts");
    const { startDraft } = await import("../cases/drafts");
    const { prefilledFacts } = await import("../cases/prefilled");
    await saveScreenerAnswers(user, ANSWERS);
    const draft = await startDraft(user, "c09-rnd-increment", `prefill-${Date.now()}-abcdef`);
    expect(draft.facts).toMatchObject({ fiscalYear: new Date().getFullYear() - 1, qualifications: ["high_tech_enterprise"], rndPrevYearFen: 800_000_000, rndThisYearFen: 950_000_000, aboveDesignatedSize: true, hasRndActivity: true });
    expect((await prefilledFacts(draft)).sort()).toEqual(["aboveDesignatedSize", "eventDate", "fiscalYear", "hasRndActivity", "qualifications", "rndPrevYearFen", "rndThisYearFen"]);
    // a measure the profile tells nothing about starts empty
    const empty = await startDraft(user, "c01-national-key-lab", `prefill-${Date.now()}-ghijkl`);
    expect(empty.facts).toEqual({});
    expect(await prefilledFacts(empty)).toEqual([]);
  });

  it("the home page recommends from the profile, with the amount, and marks a measure already claimed", async () => {
    const { db } = await import("../db/client");
    await makeRound(db);
    const user = await makeApplicant(db);
    const { saveScreenerAnswers } = await import("./facts");
    const { recommendationsFor } = await import("../offers/recommendations");
    await saveScreenerAnswers(user, ANSWERS);
    const { items } = await recommendationsFor(user);
    expect(items.find((r) => r.measureId === "c09-rnd-increment")).toMatchObject({ estimatedCeilingFen: 7_500_000, existing: null });
    const { startDraft, saveDraft } = await import("../cases/drafts");
    const { submitCase } = await import("../cases/submit");
    const d = await startDraft(user, "c09-rnd-increment", `rec-${Date.now()}-abcdefgh`);
    const { version } = await saveDraft(user, { caseId: d.id, version: d.version, subject: "研发投入", facts: { ...(d.facts as object), eventDate: `${new Date().getFullYear() - 1}-12-31` } });
    const { caseNo } = await submitCase(user, { caseId: d.id, version, submitKey: `rec-submit-${Date.now()}`, commitment: true, acceptMissingDocuments: true });
    const after = await recommendationsFor(user);
    expect(after.items.find((r) => r.measureId === "c09-rnd-increment")?.existing).toMatchObject({ caseNo, status: "submitted" });
  });
});
