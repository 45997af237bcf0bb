// Regression (issue 16 §1): a save or an upload racing a submit must never leave a case whose facts
// differ from its signed revision and from the facts the rules decided on. On the old code (submit
// read the case outside its transaction) 99 of 200 races drifted.
import { describe, expect, it } from "vitest";
import { factsHash } from "../canonical-json";
import { C09_FACTS, makeApplicant, makeRound } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

const HUGE = { ...C09_FACTS, rndThisYearFen: 99_000_000_000 }; // ¥9.9亿
const PDF = new TextEncoder().encode("%PDF-1.4\n% race\n");

async function consistent(caseId: string) {
  const { db } = await import("../db/client");
  const c = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    include: { revisions: { orderBy: { revision: "desc" } }, decisions: { orderBy: { createdAt: "desc" } }, attachments: { orderBy: { createdAt: "asc" } } },
  });
  if (c.status !== "submitted") return { submitted: false, ok: c.revisions.length === 0 };
  const [rev] = c.revisions;
  const [dec] = c.decisions;
  const hash = factsHash(c.facts);
  const signedFiles = (rev.attachments as { id: string }[]).map((a) => a.id);
  return {
    submitted: true,
    ok: factsHash(rev.facts) === hash && rev.factsHash === hash && dec.factsHash === hash && dec.ceilingFen === c.ceilingFen
      && JSON.stringify(signedFiles) === JSON.stringify(c.attachments.map((a) => a.id)),
  };
}

describe("submit racing save and upload", () => {
  it("200 races: case facts = latest revision facts = the facts hashed in the decision; documents = the signed list", async () => {
    const { db } = await import("../db/client");
    const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
    const { storeAttachment } = await import("../attachments/store");
    await makeRound(db);
    let drift = 0;
    let submitted = 0;
    for (let i = 0; i < 200; i++) {
      // an organisation each: one claim per fiscal year (rule 8) would refuse the second submit
      const user = await makeApplicant(db);
      const draft = await startDraft(user, "c09-rnd-increment", `race-${i}-${Math.random()}`);
      const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: `研发投入 ${i}`, facts: C09_FACTS });
      const submit = () => submitCase(user, { caseId: draft.id, version: version + (i % 2), submitKey: `sk-${i}-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
      // the client predicts the version after its own save (v+1) and submits with it while saving (odd i),
      // or submits with the version it has while a save and an upload are on their way (even i)
      await Promise.allSettled([
        saveDraft(user, { caseId: draft.id, version, subject: `研发投入 ${i}`, facts: HUGE }),
        submit(),
        ...(i % 2 === 0 ? [storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: `r${i}.pdf`, bytes: PDF })] : []),
      ]);
      const r = await consistent(draft.id);
      if (r.submitted) submitted++;
      if (!r.ok) drift++;
    }
    expect(drift).toBe(0);
    // the races were real: both outcomes happened
    expect(submitted).toBeGreaterThan(20);
    expect(submitted).toBeLessThan(200);
  }, 300_000);
});
