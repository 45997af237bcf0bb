import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { C09_FACTS, makeApplicant } from "../testing/builders";
import { tamperAsOwner } from "../testing/audit-tamper";
import { freshDatabase } from "../testing/fresh-database";

const d = freshDatabase();

const setup = async () => (await import("../testing/applicant-services")).c09Draft();

describe("applicant cases", () => {
  it("submit stores the rules decision, a case number and routes to the lead bureau; a retry makes nothing new", async () => {
    const { db, user, draft, version } = await setup();
    const { submitCase } = await import("../testing/applicant-services");
    const key = "submit-1";
    const [a, b] = await Promise.allSettled([
      submitCase(user, { caseId: draft.id, version, submitKey: key, commitment: true, acceptMissingDocuments: true }),
      submitCase(user, { caseId: draft.id, version, submitKey: key, commitment: true, acceptMissingDocuments: true }),
    ]);
    const ok = [a, b].filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ caseNo: string }>).value.caseNo);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    const again = await submitCase(user, { caseId: draft.id, version, submitKey: key, commitment: true, acceptMissingDocuments: true });
    expect(again).toMatchObject({ repeated: true, caseNo: ok[0] });
    expect(ok[0]).toMatch(/^WH-\d{4}-C09-\d{6}$/);
    const c = await db.case.findUniqueOrThrow({ where: { id: draft.id }, include: { decisions: true, revisions: true } });
    expect(c.status).toBe("submitted");
    expect(c.leadBureauId).toBe("sci-tech");
    expect(Number(c.ceilingFen)).toBe(7_500_000);
    expect(c.decisions).toHaveLength(1);
    expect(c.decisions[0]).toMatchObject({ eligible: true, purpose: "submit" });
    expect(c.decisions[0].paramsHash).toMatch(/^[0-9a-f]{16}$/);
    expect(c.revisions).toHaveLength(1);
    expect(await db.case.count({ where: { organisationId: user.organisationId! } })).toBe(1);
  });

  it("another organisation's user gets not_found for reading, saving, submitting and withdrawing, and nothing changes", async () => {
    const { db, draft, version } = await setup();
    const other = await makeApplicant(db);
    const svc = await import("../testing/applicant-services");
    const before = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    await expect(svc.previewCase(other, draft.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(svc.saveDraft(other, { caseId: draft.id, version, subject: "x", facts: {} })).rejects.toMatchObject({ code: "not_found" });
    await expect(svc.submitCase(other, { caseId: draft.id, version, submitKey: "k", commitment: true, acceptMissingDocuments: true })).rejects.toMatchObject({ code: "not_found" });
    await expect(svc.withdrawCase(other, { caseId: draft.id, version })).rejects.toMatchObject({ code: "not_found" });
    await expect(svc.previewCase(other, "forged-id-000")).rejects.toMatchObject({ code: "not_found" });
    // a NUL (from a URL's %00) would be a PostgreSQL error, not an answer: it is "not found" too
    await expect(svc.submitCase(other, { caseId: "a\u0000b", version, submitKey: "k", commitment: true, acceptMissingDocuments: true })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.case.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);
  });

  it("tampered facts are refused at submit with the field named, changing nothing", async () => {
    const { db, user, draft, version } = await setup();
    const { saveDraft, submitCase } = await import("../testing/applicant-services");
    // the save refuses such answers; a row changed behind its back (or written before) must not pass submit either
    await expect(saveDraft(user, { caseId: draft.id, version, subject: "s", facts: { ...C09_FACTS, rndThisYearFen: -5 } })).rejects.toMatchObject({ code: "validation" });
    await db.case.update({ where: { id: draft.id }, data: { facts: { ...C09_FACTS, rndThisYearFen: -5, qualifications: ["forged"] }, version: { increment: 1 } } });
    const v2 = version + 1;
    await expect(submitCase(user, { caseId: draft.id, version: v2, submitKey: "t", commitment: true, acceptMissingDocuments: true })).rejects.toMatchObject({ code: "validation", fieldErrors: { rndThisYearFen: expect.any(String), qualifications: expect.any(String) } });
    const c = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    expect(c.status).toBe("draft");
    expect(c.caseNo).toBeNull();
  });

  it("a stale version is refused", async () => {
    const { user, draft, version } = await setup();
    const { saveDraft } = await import("../testing/applicant-services");
    await expect(saveDraft(user, { caseId: draft.id, version: version - 1, subject: "s", facts: {} })).rejects.toMatchObject({ code: "stale" });
  });

  it("an organisation whose type the measure does not admit cannot start it, nor submit a draft it already had", async () => {
    const { db, user, draft, version } = await setup();
    const { startDraft, submitCase } = await import("../testing/applicant-services");
    const university = await makeApplicant(db, { orgType: "university" });
    await expect(startDraft(university, "c09-rnd-increment", "university-start-000001")).rejects.toMatchObject({ code: "org_type_not_admitted" });
    expect(await db.case.count({ where: { organisationId: university.organisationId! } })).toBe(0);
    // a draft from before the type changed is refused at submit
    await db.organisation.update({ where: { id: draft.organisationId }, data: { orgType: "university" } });
    await expect(submitCase(user, { caseId: draft.id, version, submitKey: "univ-submit-0001", commitment: true, acceptMissingDocuments: true }))
      .rejects.toMatchObject({ code: "org_type_not_admitted" });
    expect((await db.case.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });

  it("outside the round's window, submit is refused with the dates", async () => {
    const { db, user, draft, version } = await setup();
    const { submitCase } = await import("../testing/applicant-services");
    const round = await db.round.findUniqueOrThrow({ where: { id: draft.roundId } });
    await expect(submitCase(user, { caseId: draft.id, version, submitKey: "late", commitment: true, acceptMissingDocuments: true }, new Date(round.closesAt.getTime() + 1000)))
      .rejects.toMatchObject({ code: "round_closed", detail: { closesAt: round.closesAt.toISOString() } });
  });

  it("a draft is deleted, not withdrawn: it leaves the list; the audit chain verifies; editing a row breaks it", async () => {
    const { user, draft, version } = await setup();
    const { discardDraft, withdrawCase } = await import("../testing/applicant-services");
    // 撤回 is for submitted cases: a draft is deleted instead
    await expect(withdrawCase(user, { caseId: draft.id, version })).rejects.toMatchObject({ code: "bad_state" });
    const w = await discardDraft(user, { caseId: draft.id, version });
    expect(w.status).toBe("discarded");
    const { listOrgCases } = await import("./applicant-view");
    expect((await listOrgCases(user)).map((c) => c.id)).not.toContain(draft.id);
    // a second click (the old version) changes nothing
    await expect(discardDraft(user, { caseId: draft.id, version })).rejects.toMatchObject({ code: expect.stringMatching(/bad_state|stale/) });
    const { verifyAuditChain } = await import("../audit/verify");
    const ok = await verifyAuditChain(d.url);
    expect(ok.brokenAt).toBeNull();
    expect(ok.count).toBeGreaterThan(3);
    const out = execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/tools/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: d.url }, encoding: "utf8" });
    expect(out.trim().split("\n").pop()).toBe(`audit: ${ok.count} events, chain ok, no checkpoint`);
    const { rows } = await tamperAsOwner(d.url, async (c) => {
      const r = await c.query(`SELECT id::text FROM "AuditEvent" ORDER BY id LIMIT 1 OFFSET 1`);
      await c.query(`UPDATE "AuditEvent" SET data = '{"tampered":true}' WHERE id = $1`, [r.rows[0].id]);
      return r;
    });
    expect((await verifyAuditChain(d.url)).brokenAt).toBe(rows[0].id);
    let failed = "";
    try {
      execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/tools/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: d.url }, encoding: "utf8" });
    } catch (e) {
      failed = String((e as { stdout: string }).stdout);
    }
    expect(failed.trim().split("\n").pop()).toBe(`audit: chain broken at ${rows[0].id}`);
  });
});
