import { describe, expect, it } from "vitest";
import { makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

// The submit, the draft save and the upload are SQL on Prisma's pool (lib/db/sql.ts, ADR 027):
// what they write must be what the state machine writes for every other transition.
const d = freshDatabase();
const PDF = (s: string) => new TextEncoder().encode(`%PDF-1.4\n% ${s}\n%%EOF\n`);

async function submitted() {
  const svc = await import("../testing/applicant-services");
  const { storeAttachment } = await import("../attachments/store");
  const { db, user, draft, version } = await svc.c09Draft();
  const reviewers = [await makeStaff(db, "reviewer", "sci-tech"), await makeStaff(db, "reviewer", "sci-tech")];
  const other = await makeStaff(db, "reviewer", "industry-it");
  await db.user.update({ where: { id: user.id }, data: { phone: "13900000001" } });
  const a = await storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "统计报表.pdf", bytes: PDF("v1") });
  const before = new Date();
  const r = await svc.submitCase(user, { caseId: draft.id, version, submitKey: `sql-${draft.id}`, commitment: true, acceptMissingDocuments: true });
  return { db, user, draft, version, reviewers, other, a, before, r, svc, storeAttachment };
}

describe("submit, save and upload written in SQL", () => {
  it("a submit writes the case, signed revision, decision, notifications with their mail and SMS, and one audit event that verifies", async () => {
    const { db, user, draft, reviewers, other, a, before, r } = await submitted();
    const c = await db.case.findUniqueOrThrow({ where: { id: draft.id }, include: { revisions: true, decisions: true } });
    expect(c).toMatchObject({ status: "submitted", caseNo: r.caseNo, revision: 1, version: 2, submitKey: `sql-${draft.id}`, capYear: 2025, needsReReview: false });
    expect(c.verifyCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    // timestamps are the instant (stored in UTC as Prisma stores them), not shifted by a zone
    for (const t of [c.submittedAt!, c.statusSince, c.updatedAt]) {
      expect(t.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(t.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect(c.statusSince.getTime()).toBe(c.submittedAt!.getTime());
    const org = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });
    expect(c).toMatchObject({ payeeAccountName: org.bankAccountName, payeeBankName: org.bankName, payeeAccountNo: org.bankAccountNo });
    expect(c.revisions[0]).toMatchObject({ revision: 1, attachments: [{ id: a.id, slot: "rnd_statistics", fileName: a.fileName, sha256: a.sha256 }] });
    expect(c.revisions[0].factsHash).toBe(c.decisions[0].factsHash);
    expect(c.decisions[0]).toMatchObject({ purpose: "submit", eligible: true, ceilingFen: 7_500_000n });
    expect(c.ceilingFen).toBe(7_500_000n);

    // the applicant and the lead bureau's reviewers, not another bureau's
    const notes = await db.notification.findMany({ where: { caseId: draft.id } });
    expect(notes.map((n) => n.userId).sort()).toEqual([user.id, ...reviewers.map((x) => x.id)].sort());
    expect(notes.some((n) => n.userId === other.id)).toBe(false);
    const mine = notes.find((n) => n.userId === user.id)!;
    expect(mine.bodyZh).toContain(`申报编号：${r.caseNo}`);
    expect(mine.bodyZh).toContain("工作日"); // the round's review limit, told to the applicant
    const mail = await db.outboxMessage.findMany({ where: { dedupeKey: { in: notes.flatMap((n) => [`notification:${n.id}:email`, `notification:${n.id}:sms`]) } } });
    // an e-mail each, and an SMS for the applicant who has a phone number
    expect(mail.filter((m) => m.channel === "email")).toHaveLength(3);
    expect(mail.filter((m) => m.channel === "sms").map((m) => m.recipient)).toEqual(["13900000001"]);
    expect(mail.find((m) => m.recipient === user.email)!.subject).toContain(r.caseNo);
    // the number the write took from the counter is in every text, and its pending stand-in in none
    const [, year] = /^WH-(\d{4})-C09-\d{6}$/.exec(r.caseNo)!;
    const counter = await db.caseCounter.findUniqueOrThrow({ where: { key: `${year}-C09` } });
    expect(r.caseNo).toBe(`WH-${year}-C09-${String(counter.value).padStart(6, "0")}`);
    for (const n of notes) expect(`${n.titleZh}${n.titleEn}${n.bodyZh}${n.bodyEn}`, n.userId).toContain(r.caseNo);
    for (const m of mail) expect(`${m.subject}${m.textBody}${m.htmlBody ?? ""}`, m.recipient).toContain(r.caseNo);
    const texts = JSON.stringify([notes, mail]);
    expect(texts).not.toMatch(/[\uE000-\uE005]/);

    const events = await db.auditEvent.findMany({ where: { caseId: draft.id, action: "submit" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: user.id, fromStatus: "draft", toStatus: "submitted" });
    expect(events[0].data).toMatchObject({ revision: 1, eligible: true, ceilingFen: 7_500_000, commitment: true, version: 2, factsHash: c.decisions[0].factsHash });
    expect((events[0].data as { payeeAccountNo: string }).payeeAccountNo).toMatch(/^\*+\d{4}$/);
    const { verifyAuditChain } = await import("../audit/verify");
    expect(await verifyAuditChain(d.url)).toMatchObject({ brokenAt: null, problem: null });
  });

  it("after the submit a save is bad_state and an upload stores nothing; a stale save is stale; someone else's case is not found", async () => {
    const { db, user, draft, version, svc, storeAttachment } = await submitted();
    const snapshot = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    await expect(svc.saveDraft(user, { caseId: draft.id, version: snapshot.version, subject: "改", facts: {} })).rejects.toMatchObject({ code: "bad_state" });
    await expect(svc.saveDraft(user, { caseId: draft.id, version, subject: "改", facts: {} })).rejects.toMatchObject({ code: "bad_state" });
    await expect(storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "迟到.pdf", bytes: PDF("late") })).rejects.toMatchObject({ code: "bad_state" });
    expect(await db.attachment.count({ where: { caseId: draft.id } })).toBe(1);
    expect(await db.case.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(snapshot);

    const fresh = await svc.c09Draft();
    await expect(svc.saveDraft(fresh.user, { caseId: fresh.draft.id, version: fresh.version + 1, subject: "s", facts: {} })).rejects.toMatchObject({ code: "stale" });
    await expect(storeAttachment(user, { caseId: fresh.draft.id, slot: "rnd_statistics", fileName: "a.pdf", bytes: PDF("x") })).rejects.toMatchObject({ code: "not_found" });
    await expect(storeAttachment(user, { caseId: "a\u0000b", slot: "rnd_statistics", fileName: "a.pdf", bytes: PDF("x") })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.attachment.count({ where: { caseId: fresh.draft.id } })).toBe(0);
    // the save that is allowed goes through and bumps the version once
    const { version: v } = await svc.saveDraft(fresh.user, { caseId: fresh.draft.id, version: fresh.version, subject: "2025年度研发投入（改）", facts: (await db.case.findUniqueOrThrow({ where: { id: fresh.draft.id } })).facts });
    expect(v).toBe(fresh.version + 1);
    expect((await db.case.findUniqueOrThrow({ where: { id: fresh.draft.id } })).subject).toBe("2025年度研发投入（改）");
  });

  it("two saves of the same version at once: one wins, the other is stale", async () => {
    const { user, draft, version } = await (await import("../testing/applicant-services")).c09Draft();
    const { saveDraft } = await import("../testing/applicant-services");
    const { db } = await import("../db/client");
    const facts = (await db.case.findUniqueOrThrow({ where: { id: draft.id } })).facts;
    const rs = await Promise.allSettled(["甲", "乙"].map((s) => saveDraft(user, { caseId: draft.id, version, subject: s, facts })));
    expect(rs.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(rs.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "stale" } });
    expect((await db.case.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(version + 1);
  });
});
