import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../testing/fresh-database";

// licences go to a store of this file's own
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "wh-orgverify-"));
const d = freshDatabase();

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <</Type/Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const licence = (bytes = PDF, fileName = "营业执照.pdf") => ({ fileName, bytes });

async function load() {
  const { db } = await import("../db/client");
  const b = await import("../testing/builders");
  const v = await import("./verification");
  const { readLicence } = await import("./licence");
  return { db, ...b, ...v, readLicence };
}

/** an applicant whose organisation signed up and is not verified yet */
async function newOrg() {
  const { db, makeApplicant } = await load();
  const user = await makeApplicant(db, { verified: false });
  const org = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });
  return { user, org };
}

async function auditActions(organisationId: string) {
  const { db } = await load();
  const rows = await db.auditEvent.findMany({ where: { caseId: null }, orderBy: { id: "asc" } });
  return rows.filter((r) => (r.data as { organisationId?: string }).organisationId === organisationId).map((r) => r.action);
}

describe("an organisation drafts before it is verified and submits only after", () => {
  it("submit is refused with org_unverified and changes nothing; after approval the same draft submits", async () => {
    const { db, makeApplicant, makeStaff, makeRound, C09_FACTS, requestVerification, decideVerification } = await load();
    const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
    await makeRound(db);
    const user = await makeApplicant(db, { verified: false });
    const admin = await makeStaff(db, "admin");
    const draft = await startDraft(user, "c09-rnd-increment", `k-${Math.random()}`);
    const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
    const submit = () => submitCase(user, { caseId: draft.id, version, submitKey: `s-${draft.id}`, commitment: true, acceptMissingDocuments: true });

    await expect(submit()).rejects.toMatchObject({ code: "org_unverified" });
    expect(await db.case.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "draft", caseNo: null, version });

    const org = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });
    const v = await requestVerification(user, { creditCode: org.creditCode, name: "威海验证测试有限公司", orgType: "enterprise" }, licence());
    expect(v).toMatchObject({ kind: "initial", state: "pending", proposedInCity: true, licenceMime: "application/pdf" });
    await expect(submit()).rejects.toMatchObject({ code: "org_unverified" });

    await decideVerification(admin, { id: v.id, approve: true, registeredInCity: true });
    const after = await db.organisation.findUniqueOrThrow({ where: { id: org.id } });
    expect(after.verifiedAt).not.toBeNull();
    expect(after.name).toBe("威海验证测试有限公司");
    // the name on the licence replaced the one typed at sign-up: the bank account's name must follow it
    await expect(submit()).rejects.toMatchObject({ code: "bank_account_missing" });
    await db.organisation.update({ where: { id: org.id }, data: { bankAccountName: after.name } });
    expect((await submit()).caseNo).toMatch(/^WH-\d{4}-C09-\d{6}$/);

    expect(await auditActions(org.id)).toEqual(["org_verification_request", "org_verification_approve"]);
    expect(await db.notification.count({ where: { userId: user.id, titleZh: "单位认证已通过", caseId: null } })).toBe(1);
  });
});

describe("verification requests", () => {
  it("refuses a fake or empty licence, a changed code before verification and a second pending request; stores nothing then", async () => {
    const { db, requestVerification } = await load();
    const { user, org } = await newOrg();
    const facts = { creditCode: org.creditCode, name: org.name, orgType: "enterprise" };
    await expect(requestVerification(user, facts, licence(new TextEncoder().encode("not a pdf at all"), "licence.pdf"))).rejects.toMatchObject({ code: "file_type" });
    await expect(requestVerification(user, facts, licence(new Uint8Array(0)))).rejects.toMatchObject({ code: "file_empty" });
    await expect(requestVerification(user, facts, licence(PDF, "../../etc/passwd"))).rejects.toMatchObject({ code: "file_name" });
    await expect(requestVerification(user, { ...facts, creditCode: "91371000MA3N6WYW1J" }, licence())).rejects.toMatchObject({ fieldErrors: { creditCode: "credit_code_fixed" } });
    expect(await db.orgVerification.count({ where: { organisationId: org.id } })).toBe(0);

    // a double click: one request, the other is told one is pending
    const both = await Promise.allSettled([requestVerification(user, facts, licence(PNG, "scan.png")), requestVerification(user, facts, licence(PNG, "scan.png"))]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "verification_pending" } });
    expect(await db.orgVerification.count({ where: { organisationId: org.id } })).toBe(1);
  });

  it("reject needs a reason, tells the applicant why, and is decided once even when two admins click at once", async () => {
    const { db, makeStaff, requestVerification, decideVerification } = await load();
    const { user, org } = await newOrg();
    const [a1, a2] = [await makeStaff(db, "admin"), await makeStaff(db, "admin")];
    const v = await requestVerification(user, { creditCode: org.creditCode, name: org.name, orgType: "enterprise" }, licence());
    await expect(decideVerification(a1, { id: v.id, approve: false, reason: " " })).rejects.toMatchObject({ fieldErrors: { reason: "reason_required" } });
    const both = await Promise.allSettled([
      decideVerification(a1, { id: v.id, approve: false, reason: "执照名称与申请不符" }),
      decideVerification(a2, { id: v.id, approve: true, registeredInCity: true }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "already_decided" } });
    const decided = await db.orgVerification.findUniqueOrThrow({ where: { id: v.id } });
    const o = await db.organisation.findUniqueOrThrow({ where: { id: org.id } });
    // whichever won, the organisation matches it and the audit has exactly one decision
    expect(!!o.verifiedAt).toBe(decided.state === "approved");
    const actions = await auditActions(org.id);
    expect(actions.filter((a) => a !== "org_verification_request")).toHaveLength(1);
  });

  it("only admins decide and read any licence; the requester reads its own; others get not_found", async () => {
    const { db, makeStaff, makeApplicant, requestVerification, decideVerification, readLicence } = await load();
    const { user, org } = await newOrg();
    const v = await requestVerification(user, { creditCode: org.creditCode, name: org.name, orgType: "enterprise" }, licence());
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    await expect(decideVerification(reviewer, { id: v.id, approve: true, registeredInCity: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(decideVerification(user, { id: v.id, approve: true, registeredInCity: true })).rejects.toMatchObject({ code: "forbidden" });
    const admin = await makeStaff(db, "admin");
    expect(Buffer.from((await readLicence(admin, v.id)).bytes).equals(Buffer.from(PDF))).toBe(true);
    expect((await readLicence(user, v.id)).meta.mime).toBe("application/pdf");
    await expect(readLicence(await makeApplicant(db), v.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(readLicence(reviewer, v.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(readLicence(admin, "forged-id-0000")).rejects.toMatchObject({ code: "not_found" });
    expect((await db.orgVerification.findUniqueOrThrow({ where: { id: v.id } })).state).toBe("pending");
  });

  it("a verified organisation changes code, name or type only through an approved change request; a code in use is refused", async () => {
    const { db, makeApplicant, makeStaff, requestVerification, decideVerification, makeCreditCode } = await load();
    const user = await makeApplicant(db);
    const other = await makeApplicant(db);
    const admin = await makeStaff(db, "admin");
    const org = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });
    const otherCode = (await db.organisation.findUniqueOrThrow({ where: { id: other.organisationId! } })).creditCode;
    await expect(requestVerification(user, { creditCode: org.creditCode, name: org.name, orgType: org.orgType }, licence())).rejects.toMatchObject({ fieldErrors: { name: "nothing_changed" } });
    await expect(requestVerification(user, { creditCode: otherCode, name: org.name, orgType: org.orgType }, licence())).rejects.toMatchObject({ fieldErrors: { creditCode: "credit_code_in_use" } });
    const newCode = makeCreditCode("371002");
    const v = await requestVerification(user, { creditCode: newCode, name: "威海更名后科技有限公司", orgType: "enterprise" }, licence());
    expect(v.kind).toBe("change");
    // nothing changes until it is approved
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).creditCode).toBe(org.creditCode);
    await decideVerification(admin, { id: v.id, approve: true, registeredInCity: true });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ creditCode: newCode, name: "威海更名后科技有限公司" });
    const audit = await db.auditEvent.findMany({ where: { action: "org_verification_approve" }, orderBy: { id: "desc" }, take: 1 });
    expect(audit[0].data).toMatchObject({ kind: "change", before: { creditCode: org.creditCode }, after: { creditCode: newCode } });
    expect(audit[0].caseId).toBeNull();
  });

  it("the verifier, not the applicant, sets registered in Weihai (the code only proposes it)", async () => {
    const { db, makeStaff, requestVerification, decideVerification } = await load();
    const { user, org } = await newOrg();
    const admin = await makeStaff(db, "admin");
    const v = await requestVerification(user, { creditCode: org.creditCode, name: org.name, orgType: "enterprise" }, licence());
    expect(v.proposedInCity).toBe(true);
    await expect(decideVerification(admin, { id: v.id, approve: true })).rejects.toMatchObject({ fieldErrors: { registeredInCity: "required" } });
    await decideVerification(admin, { id: v.id, approve: true, registeredInCity: false });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).registeredInCity).toBe(false);
  });
});

describe("credit code disputes", () => {
  async function squatted() {
    const { db, makeStaff, fileDispute } = await load();
    const { user: squatter, org } = await newOrg();
    const colleague = await db.user.create({ data: { email: `c-${Math.random()}@example.com`, name: "同事", passwordHash: "x", role: "applicant", organisationId: org.id } });
    const session = await db.userSession.create({ data: { userId: squatter.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const claimantRow = await db.user.create({ data: { email: `claim-${Math.random()}@example.com`, name: "真实单位", passwordHash: "x", role: "applicant" } });
    const claimant = { id: claimantRow.id, role: "applicant" as const, name: claimantRow.name, email: claimantRow.email, bureauId: null, organisationId: null, sessionVersion: 0 };
    const admin = await makeStaff(db, "admin");
    const v = await fileDispute(claimant, { creditCode: org.creditCode, name: "威海真实名称有限公司", orgType: "enterprise" }, licence());
    return { db, squatter, colleague, session, claimant, admin, org, v };
  }

  it("a claimant without an organisation disputes a registered code; the earlier registrants are told at once", async () => {
    const { db, squatter, colleague, v, org } = await squatted();
    expect(v).toMatchObject({ kind: "dispute", state: "pending", organisationId: org.id });
    for (const u of [squatter.id, colleague.id]) {
      expect((await db.notification.findFirstOrThrow({ where: { userId: u }, orderBy: { createdAt: "desc" } })).titleZh).toBe("本单位的统一社会信用代码被提出异议");
    }
    expect(await auditActions(org.id)).toEqual(["org_dispute_file"]);
  });

  it("a dispute of an unregistered code, or by an applicant who has an organisation, is refused", async () => {
    const { db, makeApplicant, fileDispute } = await load();
    const bound = await makeApplicant(db);
    const unbound = { ...bound, organisationId: null };
    await expect(fileDispute(unbound, { creditCode: "91371083MA3R809Y61", name: "乳山市弗朗克贸易有限公司", orgType: "enterprise" }, licence()))
      .rejects.toMatchObject({ fieldErrors: { creditCode: "credit_code_not_registered" } });
    const taken = (await db.organisation.findFirstOrThrow()).creditCode;
    await expect(fileDispute(bound, { creditCode: taken, name: "某单位", orgType: "enterprise" }, licence())).rejects.toMatchObject({ code: "already_bound" });
  });

  it("upheld: the earlier users are detached and signed out, the claimant is bound, the organisation verified; a second decision changes nothing", async () => {
    const { squatter, colleague, session, claimant, admin, org, v } = await squatted();
    const { db, decideVerification, makeStaff } = await load();
    const pendingOfSquatter = await (await load()).requestVerification(squatter, { creditCode: org.creditCode, name: org.name, orgType: "enterprise" }, licence());
    await decideVerification(admin, { id: v.id, approve: true, registeredInCity: true });

    for (const u of [squatter.id, colleague.id]) {
      const row = await db.user.findUniqueOrThrow({ where: { id: u } });
      expect(row.organisationId).toBeNull();
      expect(row.sessionVersion).toBe(1);
      expect((await db.notification.findFirstOrThrow({ where: { userId: u }, orderBy: { createdAt: "desc" } })).titleZh).toBe("您的账号已与单位解除关联");
    }
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: claimant.id } })).organisationId).toBe(org.id);
    expect(await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ name: "威海真实名称有限公司", creditCode: org.creditCode });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).verifiedAt).not.toBeNull();
    // the squatter's own pending verification is settled by the dispute
    expect((await db.orgVerification.findUniqueOrThrow({ where: { id: pendingOfSquatter.id } })).state).toBe("rejected");

    const again = await makeStaff(db, "admin");
    await expect(decideVerification(again, { id: v.id, approve: false, reason: "再次处理" })).rejects.toMatchObject({ code: "already_decided" });
    expect((await db.user.findUniqueOrThrow({ where: { id: claimant.id } })).organisationId).toBe(org.id);
    const actions = await auditActions(org.id);
    expect(actions).toEqual(["org_dispute_file", "org_verification_request", "org_dispute_uphold"]);
    const upheld = await db.auditEvent.findFirstOrThrow({ where: { action: "org_dispute_uphold" }, orderBy: { id: "desc" } });
    expect((upheld.data as { detachedUserIds: string[] }).detachedUserIds.sort()).toEqual([squatter.id, colleague.id].sort());
  });

  it("rejected: the claimant stays unbound, the earlier users keep the organisation and are told", async () => {
    const { db, squatter, claimant, admin, org, v } = await squatted();
    const { decideVerification } = await load();
    await decideVerification(admin, { id: v.id, approve: false, reason: "执照与代码不符" });
    expect((await db.user.findUniqueOrThrow({ where: { id: claimant.id } })).organisationId).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: squatter.id } }))).toMatchObject({ organisationId: org.id, sessionVersion: 0 });
    expect((await db.notification.findFirstOrThrow({ where: { userId: claimant.id }, orderBy: { createdAt: "desc" } })).bodyZh).toContain("执照与代码不符");
    expect((await db.notification.findFirstOrThrow({ where: { userId: squatter.id }, orderBy: { createdAt: "desc" } })).titleZh).toBe("针对本单位代码的异议未成立");
    expect(await auditActions(org.id)).toEqual(["org_dispute_file", "org_dispute_reject"]);
  });

  it("the audit chain still verifies after verification events (caseId null, same transaction)", async () => {
    const { verifyAuditChain } = await import("../audit/verify");
    const r = await verifyAuditChain(d.url);
    expect(r.count).toBeGreaterThan(10);
    expect(r).toMatchObject({ brokenAt: null, problem: null });
  });
});
