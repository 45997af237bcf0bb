// Regression (issue 16 §3, measures.md rule 8 and the c09 row as changed 2026-12-04): an enterprise
// already paid for 2025 submitted a second 2025 c09 and the pre-check said eligible, ¥75,000.
import { describe, expect, it } from "vitest";
import { C09_FACTS, makeApplicant, makeRound } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

async function draft(user: Awaited<ReturnType<typeof makeApplicant>>, subject: string, facts = C09_FACTS) {
  const s = await import("../testing/applicant-services");
  const c = await s.startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
  const { version } = await s.saveDraft(user, { caseId: c.id, version: c.version, subject, facts });
  return { id: c.id, version };
}
const submit = async (user: Awaited<ReturnType<typeof makeApplicant>>, c: { id: string; version: number }) =>
  (await import("../testing/applicant-services")).submitCase(user, { caseId: c.id, version: c.version, submitKey: `s-${Math.random()}`, commitment: true, acceptMissingDocuments: true });

describe("no double claim", () => {
  it("a second 2025 c09 after a paid 2025 one: the pre-check says not eligible (already awarded), ceiling 0", async () => {
    const { db } = await import("../db/client");
    await makeRound(db);
    const user = await makeApplicant(db);
    const first = await draft(user, "2025年度研发投入");
    await submit(user, first);
    await db.case.update({ where: { id: first.id }, data: { status: "paid", approvedFen: 6_000_000n } });
    const second = await draft(user, "2025年研发费用增长");
    const { previewCase } = await import("../testing/applicant-services");
    const d2 = await previewCase(user, second.id);
    expect(d2).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d2.reasons.map((r) => r.code)).toContain("already_awarded");
    // another fiscal year is a claim of its own
    const y2024 = await draft(user, "2024年度", { ...C09_FACTS, fiscalYear: 2024, rndPrevYearFen: 800_000_000, rndThisYearFen: 1_000_000_000, eventDate: "2024-12-31" });
    expect((await previewCase(user, y2024.id)).eligible).toBe(true);
  });

  it("a second live claim for the same year is refused at submit naming the first case; two at once: one wins", async () => {
    const { db } = await import("../db/client");
    await makeRound(db);
    const user = await makeApplicant(db);
    const first = await draft(user, "2025年度研发投入");
    const { caseNo } = await submit(user, first);
    const second = await draft(user, "研发投入（2025）");
    await expect(submit(user, second)).rejects.toMatchObject({ code: "duplicate_claim", detail: { caseNo } });
    expect((await db.case.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("draft");

    const other = await makeApplicant(db);
    const [a, b] = [await draft(other, "A 2025"), await draft(other, "B 2025")];
    const results = await Promise.allSettled([submit(other, a), submit(other, b)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "duplicate_claim" } });
    expect(await db.case.count({ where: { organisationId: other.organisationId!, status: "submitted" } })).toBe(1);
  });
});
