// The applicant's journey against a real PostgreSQL: who may see and change what, what a draft may
// hold, which uploads are refused (and that nothing is then stored), returns and resubmission,
// colleagues and notifications.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { C09_FACTS, makeApplicant, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

// before lib/env is first imported: uploads go to a scratch directory, with a 1 MB limit
const DATA_DIR = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/wh-uploads-${process.pid}-${Date.now()}`;
  process.env.DATA_DIR = dir;
  process.env.UPLOAD_MAX_MB = "1";
  return dir;
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

freshDatabase();
afterAll(() => {
  rmSync(DATA_DIR, { recursive: true, force: true });
});

/** every stored file under DATA_DIR/uploads */
function storedFiles(): string[] {
  const root = path.join(DATA_DIR, "uploads");
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

const draftWithFacts = async () => (await import("../testing/applicant-services")).c09Draft();

async function withDocuments(user: Awaited<ReturnType<typeof makeApplicant>>, caseId: string) {
  const { storeAttachment } = await import("../attachments/store");
  const a = await storeAttachment(user, { caseId, slot: "rnd_statistics", fileName: "统计报表.pdf", bytes: PDF });
  await storeAttachment(user, { caseId, slot: "qualification_certificate", fileName: "证书.png", bytes: PNG });
  return a;
}

describe("another organisation", () => {
  it("gets not_found for the case page, its attachments, and every action, and nothing changes", async () => {
    const { db, user, draft, version } = await draftWithFacts();
    const att = await withDocuments(user, draft.id);
    const other = await makeApplicant(db);
    const view = await import("./applicant-view");
    const svc = await import("../testing/applicant-services");
    const files = await import("../attachments/store");
    const before = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    const filesBefore = storedFiles();

    const nf = { code: "not_found" };
    await expect(view.applicantCase(other, draft.id)).rejects.toMatchObject(nf);
    await expect(svc.saveDraft(other, { caseId: draft.id, version, subject: "x", facts: {} })).rejects.toMatchObject(nf);
    await expect(svc.submitCase(other, { caseId: draft.id, version, submitKey: "other-key-0000000", commitment: true })).rejects.toMatchObject(nf);
    await expect(svc.previewCase(other, draft.id)).rejects.toMatchObject(nf);
    await expect(svc.withdrawCase(other, { caseId: draft.id, version })).rejects.toMatchObject(nf);
    await expect(svc.discardDraft(other, { caseId: draft.id, version })).rejects.toMatchObject(nf);
    await expect(svc.startDraft(other, "c09-rnd-increment", draft.createKey!)).rejects.toMatchObject(nf);
    await expect(files.readAttachment(other, att.id)).rejects.toMatchObject(nf);
    await expect(files.removeAttachment(other, att.id)).rejects.toMatchObject(nf);
    await expect(files.storeAttachment(other, { caseId: draft.id, slot: "rnd_statistics", fileName: "x.pdf", bytes: PDF })).rejects.toMatchObject(nf);

    // forged ids look the same as foreign ones
    await expect(view.applicantCase(user, "forged-id-000")).rejects.toMatchObject(nf);
    await expect(view.applicantCase(user, "x".repeat(500))).rejects.toMatchObject(nf);
    await expect(files.readAttachment(user, "forged-attachment")).rejects.toMatchObject(nf);
    await expect(files.removeAttachment(user, "forged-attachment")).rejects.toMatchObject(nf);
    await expect(svc.startDraft(user, "c99-not-a-measure", "k-forged-measure")).rejects.toMatchObject(nf);

    // staff: the lead bureau cannot read a draft, and no other bureau can read it after submission
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    const otherBureau = await makeStaff(db, "reviewer", "industry-it");
    await expect(files.readAttachment(reviewer, att.id)).rejects.toMatchObject(nf);

    expect(await db.case.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);
    expect(await db.attachment.count({ where: { caseId: draft.id } })).toBe(2);
    expect(storedFiles()).toEqual(filesBefore);

    await svc.submitCase(user, { caseId: draft.id, version, submitKey: "own-submit-key-0001", commitment: true });
    expect((await files.readAttachment(reviewer, att.id)).bytes.equals(Buffer.from(PDF))).toBe(true);
    await expect(files.readAttachment(otherBureau, att.id)).rejects.toMatchObject(nf);
    await expect(files.readAttachment(other, att.id)).rejects.toMatchObject(nf);
  });

  it("sees none of the cases in its list, while a colleague of the same organisation sees them all", async () => {
    const { db, user, draft } = await draftWithFacts();
    const { listOrgCases } = await import("./applicant-view");
    const { addColleague } = await import("../organisations/members");
    const other = await makeApplicant(db);
    expect((await listOrgCases(other)).map((c) => c.id)).not.toContain(draft.id);
    const added = await addColleague(user, { email: `colleague-${Date.now()}@example.com`, name: "同事", password: "Colleague2026" });
    const row = await db.user.findUniqueOrThrow({ where: { id: added.id } });
    expect(row).toMatchObject({ organisationId: user.organisationId, role: "applicant", active: true });
    expect(row.passwordHash).not.toContain("Colleague2026");
    const colleague = { ...user, id: row.id, email: row.email, name: row.name };
    expect((await listOrgCases(colleague)).map((c) => c.id)).toEqual([draft.id]);
  });
});

describe("drafts", () => {
  it("refuses tampered or forged answers with the field named, changing nothing", async () => {
    const { db, user, draft, version } = await draftWithFacts();
    const { saveDraft: saveApplicantDraft } = await import("../testing/applicant-services");
    const before = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    const bad: [Record<string, unknown>, string][] = [
      [{ ...C09_FACTS, qualifications: ["forged"] }, "qualifications"],
      [{ ...C09_FACTS, rndThisYearFen: -5 }, "rndThisYearFen"],
      [{ ...C09_FACTS, rndThisYearFen: 1.5 }, "rndThisYearFen"],
      [{ ...C09_FACTS, aboveDesignatedSize: "yes" }, "aboveDesignatedSize"],
      [{ ...C09_FACTS, eventDate: { $gt: "" } }, "eventDate"],
      [{ ...C09_FACTS, ceilingFen: 100_000_000 }, "ceilingFen"],
      [{ ...C09_FACTS, rndPrevYearFen: "x".repeat(41) }, "rndPrevYearFen"],
    ];
    for (const [facts, field] of bad) {
      await expect(saveApplicantDraft(user, { caseId: draft.id, version, subject: "s", facts }), field)
        .rejects.toMatchObject({ code: "validation", fieldErrors: { [field]: expect.any(String) } });
    }
    await expect(saveApplicantDraft(user, { caseId: draft.id, version, subject: "s", facts: ["not", "an", "object"] })).rejects.toMatchObject({ code: "validation" });
    expect(await db.case.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);
  });

  it("keeps partial answers and typed text, and submit then names what is still wrong", async () => {
    const { db, user, draft, version } = await draftWithFacts();
    const { saveDraft: saveApplicantDraft, submitCase: submitApplicantCase } = await import("../testing/applicant-services");
    await withDocuments(user, draft.id);
    const { version: v2 } = await saveApplicantDraft(user, { caseId: draft.id, version, subject: "  2025年度  ", facts: { fiscalYear: 2025, rndPrevYearFen: "1O0万" } });
    const saved = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    // the year end follows from the year (c09 asks the year once)
    expect(saved.facts).toEqual({ fiscalYear: 2025, rndPrevYearFen: "1O0万", eventDate: "2025-12-31" });
    expect(saved.subject).toBe("2025年度");
    await expect(submitApplicantCase(user, { caseId: draft.id, version: v2, submitKey: "partial-submit-0001", commitment: true }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { rndPrevYearFen: expect.any(String), hasRndActivity: "required" } });
    // the subject and the facts are named together
    // (a year typed as text settles neither the year end nor the subject)
    const { version: v3 } = await saveApplicantDraft(user, { caseId: draft.id, version: v2, subject: " ", facts: { ...C09_FACTS, fiscalYear: "２０２５" } });
    await expect(submitApplicantCase(user, { caseId: draft.id, version: v3, submitKey: "partial-submit-0002", commitment: true }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { subject: "required", fiscalYear: expect.any(String), eventDate: "required" } });
    expect((await db.case.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });

  it("derives the year end and the subject from the fiscal year; an older draft whose year end disagrees is refused at submit next to the year", async () => {
    const { db, user, draft, version } = await draftWithFacts();
    const { saveDraft: saveApplicantDraft, submitCase: submitApplicantCase } = await import("../testing/applicant-services");
    await withDocuments(user, draft.id);
    // a year end sent anyway is replaced by the one the year gives; an empty subject by the year's
    const { version: v2 } = await saveApplicantDraft(user, { caseId: draft.id, version, subject: "", facts: { ...C09_FACTS, fiscalYear: 2025, eventDate: "2023-12-31" } });
    const saved = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    expect(saved.facts).toMatchObject({ fiscalYear: 2025, eventDate: "2025-12-31" });
    expect(saved.subject).toBe("2025年度研发投入");
    // facts saved before the year end was derived (or written by another client) can still disagree
    await db.case.update({ where: { id: draft.id }, data: { facts: { ...C09_FACTS, fiscalYear: 2025, eventDate: "2023-12-31" } } });
    await expect(submitApplicantCase(user, { caseId: draft.id, version: v2, submitKey: "inconsistent-0001", commitment: true }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { fiscalYear: "inconsistent" } });
    expect((await db.case.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });

  it("refuses to save answers that contradict each other (c25: contract signed after the interest was paid), changing nothing", async () => {
    const { db } = await import("../db/client");
    const { makeRound } = await import("../testing/builders");
    const { startDraft, saveDraft: saveApplicantDraft } = await import("../testing/applicant-services");
    await makeRound(db);
    const user = await makeApplicant(db);
    const draft = await startDraft(user, "c25-ip-pledge-interest", `k-${Math.random()}`);
    const facts = { isSme: true, principalFen: 1_000_000_000, contractDate: "2025-03-01", loanDaysInYear: 200, interestPaidFen: 30_000_000, eventDate: "2025-12-20" };
    const { version } = await saveApplicantDraft(user, { caseId: draft.id, version: draft.version, subject: "质押贷款", facts });
    const before = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    await expect(saveApplicantDraft(user, { caseId: draft.id, version, subject: "质押贷款", facts: { ...facts, contractDate: "2025-12-21" } }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { contractDate: "inconsistent" } });
    await expect(saveApplicantDraft(user, { caseId: draft.id, version, subject: "质押贷款", facts: { ...facts, loanDaysInYear: 307 } }))
      .rejects.toMatchObject({ code: "validation", fieldErrors: { loanDaysInYear: "inconsistent" } });
    // a partial draft is checked as far as it goes: the payment date not given yet, nothing to compare
    const { contractDate, ...partial } = facts;
    void contractDate;
    await expect(saveApplicantDraft(user, { caseId: draft.id, version, subject: "质押贷款", facts: { ...partial, eventDate: undefined } })).resolves.toMatchObject({ version: version + 1 });
    expect(before.facts).toEqual(facts);
  });

  it("is not submitted with a document missing unless the applicant accepts that", async () => {
    const { db, user, draft, version } = await draftWithFacts();
    const { submitCase: submitApplicantCase } = await import("../testing/applicant-services");
    const { storeAttachment } = await import("../attachments/store");
    await storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "a.pdf", bytes: PDF });
    await expect(submitApplicantCase(user, { caseId: draft.id, version, submitKey: "missing-doc-00001", commitment: true }))
      .rejects.toMatchObject({ code: "documents_missing", fieldErrors: { qualification_certificate: "required" } });
    const c = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    expect(c).toMatchObject({ status: "draft", caseNo: null });
    await submitApplicantCase(user, { caseId: draft.id, version, submitKey: "missing-doc-00002", commitment: true, acceptMissingDocuments: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("submitted");
  });
});

describe("uploads", () => {
  it("stores a real PDF once under DATA_DIR/uploads by its sha256", async () => {
    const { db, user, draft } = await draftWithFacts();
    const { storeAttachment, readAttachment } = await import("../attachments/store");
    const a = await storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "报表.pdf", bytes: PDF });
    const { createHash } = await import("node:crypto");
    const sha = createHash("sha256").update(PDF).digest("hex");
    expect(a).toMatchObject({ mime: "application/pdf", size: PDF.length, sha256: sha, fileName: "报表.pdf" });
    expect(readFileSync(path.join(DATA_DIR, "uploads", sha.slice(0, 2), sha)).equals(Buffer.from(PDF))).toBe(true);
    expect((await readAttachment(user, a.id)).meta.id).toBe(a.id);
    expect(await db.attachment.count({ where: { caseId: draft.id } })).toBe(1);
  });

  it("keeps every one of the same file uploaded at once (two slots, one stored file)", async () => {
    const { db, user, draft } = await draftWithFacts();
    const { storeAttachment } = await import("../attachments/store");
    const bytes = new TextEncoder().encode(`%PDF-1.4\n% uploaded at once ${Math.random()}\n%%EOF\n`);
    const slots = Array.from({ length: 12 }, (_, i) => (i % 2 ? "rnd_statistics" : "qualification_certificate"));
    const stored = await Promise.allSettled(slots.map((slot, i) => storeAttachment(user, { caseId: draft.id, slot, fileName: `f${i}.pdf`, bytes })));
    expect(stored.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.attachment.count({ where: { caseId: draft.id } })).toBe(12);
    const { createHash } = await import("node:crypto");
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(storedFiles().filter((f) => path.basename(f).startsWith(sha))).toEqual([path.join(DATA_DIR, "uploads", sha.slice(0, 2), sha)]);
  });

  it("refuses fake, oversize, empty and path-named files and forged slots, storing nothing", async () => {
    const { db, user, draft } = await draftWithFacts();
    const { storeAttachment } = await import("../attachments/store");
    const before = storedFiles();
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PDF);
    const cases: [string, string, Uint8Array, string][] = [
      ["rnd_statistics", "fake.pdf", new TextEncoder().encode("just text renamed to pdf"), "file_type"],
      ["rnd_statistics", "evil.pdf", new TextEncoder().encode("<html><script>alert(1)</script>"), "file_type"],
      ["rnd_statistics", "big.pdf", big, "file_too_large"],
      ["rnd_statistics", "empty.pdf", new Uint8Array(0), "file_empty"],
      ["rnd_statistics", "../../etc/passwd.pdf", PDF, "file_name"],
      ["rnd_statistics", "..\\..\\boot.ini.pdf", PDF, "file_name"],
      ["rnd_statistics", "/abs/path.pdf", PDF, "file_name"],
      ["rnd_statistics", "C:evil.pdf", PDF, "file_name"],
      ["rnd_statistics", "a\u0000b.pdf", PDF, "file_name"],
      ["rnd_statistics", "..", PDF, "file_name"],
      ["../../x", "a.pdf", PDF, "validation"],
      ["not_a_slot_of_c09", "a.pdf", PDF, "validation"],
    ];
    for (const [slot, fileName, bytes, code] of cases) {
      await expect(storeAttachment(user, { caseId: draft.id, slot, fileName, bytes }), fileName).rejects.toMatchObject({ code });
    }
    expect(await db.attachment.count({ where: { caseId: draft.id } })).toBe(0);
    expect(storedFiles()).toEqual(before);
  });

  it("stores a file under a clean name with the extension of what it really is", async () => {
    const { user, draft } = await draftWithFacts();
    const { storeAttachment } = await import("../attachments/store");
    const html = await storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "report.html", bytes: PDF });
    expect([html.fileName, html.mime]).toEqual(["report.pdf", "application/pdf"]);
    // U+202E shows "evil\u202Efdp.exe" as "evilexe.pdf"
    const bidi = await storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "evil\u202Efdp.exe", bytes: PDF });
    expect(bidi.fileName).toBe("evilfdp.pdf");
    const png = await storeAttachment(user, { caseId: draft.id, slot: "qualification_certificate", fileName: "证书\u2066.pdf", bytes: PNG });
    expect([png.fileName, png.mime]).toEqual(["证书.png", "image/png"]);
  });

  it("cannot add or remove files once the case is submitted", async () => {
    const { user, draft, version } = await draftWithFacts();
    const a = await withDocuments(user, draft.id);
    const { submitCase: submitApplicantCase } = await import("../testing/applicant-services");
    const { storeAttachment, removeAttachment } = await import("../attachments/store");
    await submitApplicantCase(user, { caseId: draft.id, version, submitKey: "locked-files-0001", commitment: true });
    await expect(storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "late.pdf", bytes: PDF })).rejects.toMatchObject({ code: "bad_state" });
    await expect(removeAttachment(user, a.id)).rejects.toMatchObject({ code: "bad_state" });
  });
});

describe("returned and resubmitted", () => {
  it("a case returned by two reviewers is corrected and resubmitted as a new revision; the first is kept", async () => {
    const { db, user, draft, version } = await draftWithFacts();
    await withDocuments(user, draft.id);
    const view = await import("./applicant-view");
    const svc = await import("../testing/applicant-services");
    const { transitionInTx } = await import("./state-machine");
    const transition = (input: Parameters<typeof transitionInTx>[1]) => db.$transaction((tx) => transitionInTx(tx, input));
    const first = await svc.submitCase(user, { caseId: draft.id, version, submitKey: "first-submit-0001", commitment: true });
    const a = await makeStaff(db, "reviewer", "sci-tech");
    const b = await makeStaff(db, "reviewer", "sci-tech");
    let c = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    c = await transition({ caseId: c.id, action: "propose", actor: { id: a.id, role: "reviewer" }, expectedVersion: c.version, data: { proposal: "return" } });
    c = await transition({ caseId: c.id, action: "confirm_return", actor: { id: b.id, role: "reviewer" }, expectedVersion: c.version, data: { reason: "请补充" } });
    await db.reviewAction.create({
      data: { caseId: c.id, proposal: "return", reason: "研发投入数据与统计报表不一致", fixList: ["核对本年度研发投入", "补充统计报表盖章页"], proposedById: a.id, state: "confirmed", confirmedById: b.id, confirmedAt: new Date() },
    });
    expect(c.status).toBe("returned");

    const page = await view.applicantCase(user, c.id);
    expect(page.request).toMatchObject({ reason: "研发投入数据与统计报表不一致", fixList: ["核对本年度研发投入", "补充统计报表盖章页"] });
    expect(await db.notification.count({ where: { userId: user.id, caseId: c.id, titleZh: { contains: "退回修改" } } })).toBe(1);

    const { version: v2 } = await svc.saveDraft(user, { caseId: c.id, version: c.version, subject: "2025年度研发投入", facts: { ...C09_FACTS, rndThisYearFen: 1_200_000_000 } });
    // every item of the fix list needs an answer: without them nothing changes
    await expect(svc.submitCase(user, { caseId: c.id, version: v2, submitKey: "second-submit-000", commitment: true, fixAnswers: ["已核对", " "] }))
      .rejects.toMatchObject({ code: "fix_answers_missing", fieldErrors: { "fixAnswers.1": "fix_answer_required" } });
    expect(await db.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "returned", revision: 1 });
    const answers = ["已核对，改为 1200 万元", "已补充盖章页"];
    const again = await svc.submitCase(user, { caseId: c.id, version: v2, submitKey: "second-submit-001", commitment: true, fixAnswers: answers });
    expect(again).toMatchObject({ caseNo: first.caseNo, repeated: false, status: "submitted" });

    const after = await db.case.findUniqueOrThrow({ where: { id: c.id }, include: { revisions: { orderBy: { revision: "asc" } }, decisions: { orderBy: { createdAt: "asc" } } } });
    expect(after).toMatchObject({ status: "submitted", revision: 2, ceilingFen: 10_000_000n });
    expect(after.revisions.map((r) => [r.revision, (r.facts as { rndThisYearFen: number }).rndThisYearFen])).toEqual([[1, 1_150_000_000], [2, 1_200_000_000]]);
    expect(after.decisions.map((x) => Number(x.ceilingFen))).toEqual([7_500_000, 10_000_000]);
    const events = await db.auditEvent.findMany({ where: { caseId: c.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create_draft", "submit", "propose", "confirm_return", "resubmit"]);
    // the answers are kept with the revision that resubmits and in its audit event, item by item
    const paired = [{ item: "核对本年度研发投入", answer: answers[0] }, { item: "补充统计报表盖章页", answer: answers[1] }];
    expect(after.revisions.map((r) => r.fixAnswers)).toEqual([null, paired]);
    expect(events.at(-1)!.data).toMatchObject({ fixAnswers: paired });
  });
});

describe("profile", () => {
  it("changes only the contact details, and refuses a colleague with a taken email without adding anyone", async () => {
    const { db } = await import("../db/client");
    const { addColleague, orgProfile, updateContact } = await import("../organisations/members");
    const user = await makeApplicant(db);
    const before = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });
    await updateContact(user, { contactName: "李四", contactPhone: "0631-5201234", address: "威海市环翠区" });
    const after = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });
    expect(after).toMatchObject({ contactName: "李四", contactPhone: "0631-5201234", address: "威海市环翠区", name: before.name, creditCode: before.creditCode });
    const count = await db.user.count();
    await expect(addColleague(user, { email: user.email, name: "重复", password: "Colleague2026" })).rejects.toMatchObject({ code: "validation", fieldErrors: { email: "email_taken" } });
    expect(await db.user.count()).toBe(count);
    const staff = await makeStaff(db, "reviewer", "sci-tech");
    await expect(addColleague(staff, { email: "x-staff@example.com", name: "x", password: "Colleague2026" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(orgProfile(staff)).rejects.toMatchObject({ code: "forbidden" });
    expect((await orgProfile(user)).users.map((u) => u.id)).toEqual([user.id]);
  });
});

describe("notifications", () => {
  it("every user of the organisation is told of a status change; only the owner can mark theirs read", async () => {
    const { db, user, draft, version } = await draftWithFacts();
    await withDocuments(user, draft.id);
    const { submitCase: submitApplicantCase } = await import("../testing/applicant-services");
    const inbox = await import("../notifications/inbox");
    const { sql } = await import("../db/sql");
    // the bell's count, as the session's statement reads it
    const unreadCount = async (userId: string) => (await sql.rows<{ n: number }>(`SELECT ${inbox.unreadSql("$1")} AS n`, [userId]))[0].n;
    await submitApplicantCase(user, { caseId: draft.id, version, submitKey: "notify-submit-001", commitment: true });
    expect(await unreadCount(user.id)).toBe(1);
    const [n] = await inbox.listNotifications(user);
    expect(n.titleZh).toMatch(/^申报 WH-\d{4}-C09-\d{6} 状态：已提交$/);
    const other = await makeApplicant(db);
    await expect(inbox.markRead(other, n.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await unreadCount(user.id)).toBe(1);
    await inbox.markRead(user, n.id);
    expect(await unreadCount(user.id)).toBe(0);
    // the bell counts up to UNREAD_CAP (it shows 99+), however many there are
    await db.notification.createMany({ data: Array.from({ length: inbox.UNREAD_CAP + 20 }, (_, i) => ({ userId: user.id, titleZh: `通知 ${i}`, titleEn: `Note ${i}` })) });
    expect(await unreadCount(user.id)).toBe(inbox.UNREAD_CAP);
    expect(await unreadCount(other.id)).toBe(0);
    expect(inbox.caseHref("applicant", draft.id)).toBe(`/applicant/cases/${draft.id}`);
  });
});
