import { mkdirSync, writeFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

const ORIGIN = "https://zc.weihai.example";
/** a tiny but real PDF, as an applicant uploads it */
const UPLOAD = Buffer.from("%PDF-1.4\n1 0 obj <</Type/Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
const OUT = "test-results/documents";

/** the text of a PDF with all white space removed (wrapping splits lines anywhere in Chinese) */
async function pdfText(bytes: Buffer, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}.pdf`, bytes);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, "");
}
const squash = (s: string) => s.replace(/\s+/g, "");

/** one round; a c09 case with a document, submitted through the applicant service */
async function world() {
  const { db } = await import("../db/client");
  await db.round.updateMany({ data: { status: "closed" } });
  const round = await makeRound(db, { measures: ["c09-rnd-increment"] });
  const user = await makeApplicant(db);
  const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
  const { storeAttachment } = await import("../attachments/store");
  const draft = await startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
  const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
  await storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "研发费用专项审计报告.pdf", bytes: UPLOAD });
  const v = (await db.case.findUniqueOrThrow({ where: { id: draft.id } })).version;
  expect(v).toBeGreaterThanOrEqual(version);
  await submitCase(user, { caseId: draft.id, version: v, submitKey: `s-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
  const c = await db.case.findUniqueOrThrow({ where: { id: draft.id }, include: { organisation: true } });
  return { db, round, user, c };
}

describe("printed documents", { timeout: 180_000 }, () => {
  it("submit gives the case a readable, unique verification code", async () => {
    const { db, c } = await world();
    const { c: other } = await world();
    expect(c.verifyCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(other.verifyCode).not.toBe(c.verifyCode);
    // a draft has none
    const u = await makeApplicant(db);
    const { startDraft } = await import("../testing/applicant-services");
    const d = await startDraft(u, "c09-rnd-increment", `k-${Math.random()}`);
    expect((await db.case.findUniqueOrThrow({ where: { id: d.id } })).verifyCode).toBeNull();
  });

  it("the application carries the case, the organisation, every fact, the documents, the commitment and the code", async () => {
    const { db, user, c } = await world();
    const { renderCaseDocument } = await import("./case-documents");
    const doc = await renderCaseDocument(user, c.id, "application", ORIGIN);
    const text = await pdfText(doc.bytes, "application");
    console.log(`application PDF: ${doc.bytes.length} bytes`);
    expect(doc.bytes.length).toBeLessThan(250_000); // a subset of the font, not its 8 MB
    expect(doc.fileName).toBe(`申报书-${c.caseNo}.pdf`);
    for (const s of [
      c.caseNo!, c.organisation.name, c.organisation.creditCode, "研发投入递增奖励", "第9条", "2025年度研发投入",
      // labels from the measure's field spec and formatted values
      "上年度研发投入", "¥10,000,000.00（1000万元）", "本年度研发投入", "¥11,500,000.00（1150万元）", "是否规模以上企业", "是",
      "高新技术企业", "2025年12月31日",
      // the verdict and ceiling with reasons citing the clause
      "符合申报条件", "¥75,000.00（7.5万元）", "（第9条）",
      // the documents
      "研发费用专项审计报告.pdf",
      // the commitment, its signer, the code and where to check it
      "申报单位承诺所填信息和材料真实、准确、完整", user.name, c.verifyCode!, `${ORIGIN}/verify?code=${c.verifyCode}`,
    ]) expect(text, s).toContain(squash(s));
    const att = await db.attachment.findFirstOrThrow({ where: { caseId: c.id } });
    expect(text).toContain(att.sha256.slice(0, 16));
    // nothing of the organisation's contact
    expect(text).not.toContain(c.organisation.contactPhone);
  });

  it("the receipt names the case, the organisation, the bureau that received it, the code and what happens next", async () => {
    const { user, c } = await world();
    const { renderCaseDocument } = await import("./case-documents");
    const { RECEIPT_NEXT_STEPS } = await import("./receipt-pdf");
    const doc = await renderCaseDocument(user, c.id, "receipt", ORIGIN);
    const text = await pdfText(doc.bytes, "receipt");
    console.log(`receipt PDF: ${doc.bytes.length} bytes`);
    expect(doc.bytes.length).toBeLessThan(250_000);
    for (const s of [c.caseNo!, c.organisation.name, "市科技局", "研发投入递增奖励", c.verifyCode!, "受理回执", RECEIPT_NEXT_STEPS[1]]) {
      expect(text, s).toContain(squash(s));
    }
  });

  it("only those who may read the case get its documents; a forged id or a draft is not_found", async () => {
    const { db, user, c } = await world();
    const { renderCaseDocument } = await import("./case-documents");
    const [stranger, lead, otherBureau, finance, admin] = await Promise.all([
      makeApplicant(db), makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "industry-it"), makeStaff(db, "finance", "finance"), makeStaff(db, "admin"),
    ]);
    for (const [who, kind] of [[stranger, "application"], [stranger, "receipt"], [otherBureau, "application"], [finance, "application"]] as const) {
      await expect(renderCaseDocument(who, c.id, kind, ORIGIN), `${who.role} ${kind}`).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(renderCaseDocument(user, "forged-id-0000", "application", ORIGIN)).rejects.toMatchObject({ code: "not_found" });
    await expect(renderCaseDocument(user, c.id, "bogus" as never, ORIGIN)).rejects.toMatchObject({ code: "not_found" });
    const { startDraft } = await import("../testing/applicant-services");
    const draft = await startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
    await expect(renderCaseDocument(user, draft.id, "application", ORIGIN)).rejects.toMatchObject({ code: "not_found" });
    for (const who of [lead, admin]) expect((await renderCaseDocument(who, c.id, "application", ORIGIN)).bytes.length).toBeGreaterThan(1000);
  });

  it("a round's notice list has its approved cases with what the public notice shows, and nothing private", async () => {
    const { db, round, c } = await world();
    const { c: pending } = await world().then(async (w) => w); // another round's case: not listed
    const [a, b] = await Promise.all([makeStaff(db, "reviewer", "sci-tech"), makeStaff(db, "reviewer", "sci-tech")]);
    const { propose } = await import("../review/propose");
    const { confirm } = await import("../review/confirm");
    const p = await propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    await confirm(b, { caseId: c.id, version: p.version, note: "" });
    const { renderNoticeList, roundsWithNotice } = await import("./case-documents");
    expect((await roundsWithNotice()).map((r) => r.id)).toContain(round.id);
    const doc = await renderNoticeList(round.id);
    const text = await pdfText(doc!.bytes, "notice-list");
    console.log(`notice list PDF: ${doc!.bytes.length} bytes`);
    expect(doc!.bytes.length).toBeLessThan(250_000);
    for (const s of [round.name, c.caseNo!, c.organisation.name, "研发投入递增奖励", "¥75,000.00（7.5万元）", "公示中"]) expect(text, s).toContain(squash(s));
    for (const s of [pending.caseNo!, c.organisation.creditCode, c.organisation.contactPhone, c.verifyCode!, "研发费用专项审计报告"]) {
      expect(text, s).not.toContain(squash(s));
    }
    expect(await renderNoticeList("forged-id-0000")).toBeNull();
    const draftRound = await makeRound(db, { status: "draft" });
    expect(await renderNoticeList(draftRound.id)).toBeNull();
  });

  it("the public check confirms case number, organisation, measure and status only; a wrong code finds nothing", async () => {
    const { c } = await world();
    const { verifyCase } = await import("./verify");
    const found = await verifyCase(c.verifyCode!.toLowerCase().replaceAll("-", " "));
    expect(found).toEqual({ code: c.verifyCode, caseNo: c.caseNo, organisation: c.organisation.name, measureId: "c09-rnd-increment", status: "submitted", submittedAt: c.submittedAt });
    expect(await verifyCase("2222-2222-2222")).toBeNull();
    expect(await verifyCase(c.caseNo!)).toBeNull();
    expect(await verifyCase("")).toBeNull();
  });

  it("look-ups are limited per client address", async () => {
    const { allowVerify } = await import("./verify");
    const ip = `10.9.${Math.floor(Math.random() * 250)}.1`;
    const now = Date.now();
    const answers = await Promise.all(Array.from({ length: 25 }, () => allowVerify(ip, now)));
    expect(answers.filter(Boolean)).toHaveLength(20);
    expect(await allowVerify("10.8.0.1", now)).toBe(true);
    expect(await allowVerify(ip, now + 11 * 60_000)).toBe(true);
  });
});
