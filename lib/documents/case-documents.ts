import "server-only";
import zhCases from "@/lib/i18n/messages/zh/cases.json";
import { engine } from "@/rules";
import type { SessionUser } from "../auth/sign-in";
import { requireCaseAccess } from "../cases/access";
import { APPLICANT_STATUS } from "../cases/status";
import { db } from "../db/client";
import { ActionError } from "../errors";
import { attachmentFileName } from "../attachments/file-name";
import { applicationPdf } from "./application-pdf";
import { printFact, printSize } from "./format";
import { noticeListPdf } from "./notice-list-pdf";
import { receiptPdf } from "./receipt-pdf";

// The printed documents, each read with the reader's access checked on the server: a case the
// reader may not read (another organisation's, another bureau's, a forged id) or one never
// submitted is "not_found", exactly as on the case pages.

export type CaseDocumentKind = "application" | "receipt";
export const CASE_DOCUMENTS: readonly CaseDocumentKind[] = ["application", "receipt"];

export interface RenderedDocument {
  bytes: Buffer;
  fileName: string;
  asciiName: string;
}

/** the public page that confirms a code, as printed on the documents */
export function verifyUrl(origin: string, code: string | null): string {
  return `${origin.replace(/\/$/, "")}/verify${code ? `?code=${encodeURIComponent(code)}` : ""}`;
}

async function submittedCase(user: SessionUser, caseId: string) {
  const c = await requireCaseAccess(user, caseId, "read");
  if (!c.caseNo || !c.submittedAt || c.status === "draft") throw new ActionError("not_found");
  const m = engine.measures.get(c.measureId);
  if (!m) throw new ActionError("not_found");
  const [bureau, round] = await Promise.all([
    db.bureau.findUnique({ where: { id: c.leadBureauId } }),
    db.round.findUniqueOrThrow({ where: { id: c.roundId }, select: { name: true } }),
  ]);
  return { c, m, bureau: bureau?.nameZh ?? c.leadBureauId, round: round.name, caseNo: c.caseNo, submittedAt: c.submittedAt };
}

export async function renderCaseDocument(user: SessionUser, caseId: string, kind: CaseDocumentKind, origin: string, now = new Date()): Promise<RenderedDocument> {
  if (!CASE_DOCUMENTS.includes(kind)) throw new ActionError("not_found");
  const s = await submittedCase(user, caseId);
  const url = verifyUrl(origin, s.c.verifyCode);
  const organisation = { name: s.c.organisation.name, creditCode: s.c.organisation.creditCode };
  const measure = { id: s.m.id, title: s.m.title.zh, clause: s.m.clause };
  if (kind === "receipt") {
    // the receipt is of the first submission: the case number and the time it was received
    const first = await db.auditEvent.findFirst({ where: { caseId: s.c.id, action: "submit" }, orderBy: { id: "asc" }, select: { createdAt: true } });
    const bytes = await receiptPdf({
      caseNo: s.caseNo, verifyCode: s.c.verifyCode, verifyUrl: url, organisation, measure, subject: s.c.subject,
      leadBureau: s.bureau, submittedAt: first?.createdAt ?? s.submittedAt, printedAt: now,
    });
    return { bytes, fileName: `受理回执-${s.caseNo}.pdf`, asciiName: `receipt-${s.caseNo}.pdf` };
  }

  // the application as signed: the latest submitted revision, its decision, its documents, its signer
  const revision = await db.caseRevision.findFirst({ where: { caseId: s.c.id }, orderBy: { revision: "desc" } });
  const [decision, signed] = await Promise.all([
    db.ruleDecision.findFirst({
      where: { caseId: s.c.id, purpose: "submit", ...(revision?.factsHash ? { factsHash: revision.factsHash } : {}) }, orderBy: { createdAt: "desc" },
    }),
    db.auditEvent.findFirst({ where: { caseId: s.c.id, action: { in: ["submit", "resubmit"] } }, orderBy: { id: "desc" }, select: { actorId: true, createdAt: true } }),
  ]);
  const signer = signed?.actorId ? await db.user.findUnique({ where: { id: signed.actorId }, select: { name: true } }) : null;
  const listed = (Array.isArray(revision?.attachments) ? revision.attachments : []) as { id: string; slot: string; fileName: string; sha256: string }[];
  const rows = await db.attachment.findMany({ where: { id: { in: listed.map((a) => a.id) } }, select: { id: true, size: true, mime: true } });
  const facts = (revision?.facts ?? s.c.facts) as Record<string, unknown>;
  const known = new Set(s.m.fields.map((f) => f.name));
  const bytes = await applicationPdf({
    caseNo: s.caseNo, verifyCode: s.c.verifyCode, verifyUrl: url, organisation, measure, round: s.round, leadBureau: s.bureau,
    revision: revision?.revision ?? s.c.revision, subject: revision?.subject ?? s.c.subject,
    facts: [
      ...s.m.fields.map((f) => ({ label: f.zh, value: printFact(f, facts[f.name]) })),
      ...Object.keys(facts).filter((k) => !known.has(k)).map((k) => ({ label: k, value: printFact(undefined, facts[k]) })),
    ],
    decision: decision && {
      eligible: decision.eligible, ceilingFen: Number(decision.ceilingFen),
      reasons: (decision.reasons as { ok: boolean; zh: string }[]).map((r) => ({ ok: r.ok, text: r.zh })),
    },
    attachments: listed.map((a) => {
      const row = rows.find((r) => r.id === a.id);
      const slot = s.m.documents.find((x) => x.key === a.slot);
      return { slot: slot?.zh ?? a.slot, fileName: row ? attachmentFileName(a.fileName, row.mime) : a.fileName, size: row ? printSize(row.size) : "—", sha256: a.sha256 };
    }),
    commitment: { text: zhCases.cases.submit.commitmentText, signer: signer?.name ?? "—", at: signed?.createdAt ?? s.submittedAt },
    submittedAt: revision?.submittedAt ?? s.submittedAt,
    printedAt: now,
  });
  return { bytes, fileName: `申报书-${s.caseNo}.pdf`, asciiName: `application-${s.caseNo}.pdf` };
}

/** statuses listed on a round's printed notice: in notice, paused by an objection, or past it */
export const NOTICE_LIST_STATUSES = ["in_notice", "objected", "payable", "paid"] as const;
const NOTICE_STATE: Record<(typeof NOTICE_LIST_STATUSES)[number], string> = {
  in_notice: "公示中", objected: "异议处理中，公示暂停", payable: "公示期满", paid: "公示期满",
};

/** A round's 公示名单 (public: no sign-in). null when there is no such published round. */
export async function renderNoticeList(roundId: string, now = new Date()): Promise<RenderedDocument | null> {
  if (typeof roundId !== "string" || roundId.length === 0 || roundId.length > 64 || roundId.includes("\u0000")) return null;
  const round = await db.round.findUnique({ where: { id: roundId }, select: { id: true, name: true, status: true } });
  if (!round || round.status === "draft") return null;
  const cases = await db.case.findMany({
    where: { roundId: round.id, status: { in: [...NOTICE_LIST_STATUSES] }, decidedAt: { not: null } },
    orderBy: [{ decidedAt: "asc" }, { caseNo: "asc" }],
    select: { caseNo: true, measureId: true, status: true, approvedFen: true, decidedAt: true, noticeEndsAt: true, organisation: { select: { name: true } } },
  });
  const bytes = await noticeListPdf({
    round: round.name,
    rows: cases.map((c) => ({
      caseNo: c.caseNo ?? "—", organisation: c.organisation.name, measure: engine.measures.get(c.measureId)?.title.zh ?? c.measureId,
      amountFen: c.approvedFen, from: c.decidedAt, to: c.noticeEndsAt, state: NOTICE_STATE[c.status as keyof typeof NOTICE_STATE] ?? APPLICANT_STATUS[c.status].zh,
    })),
    printedAt: now,
  });
  return { bytes, fileName: `公示名单-${round.name}.pdf`, asciiName: `public-notice-${round.id}.pdf` };
}

/** Rounds that have a printed notice list: those with at least one case in or past notice. */
export async function roundsWithNotice() {
  return db.round.findMany({
    where: { status: { not: "draft" }, cases: { some: { status: { in: [...NOTICE_LIST_STATUSES] }, decidedAt: { not: null } } } },
    orderBy: { opensAt: "desc" }, select: { id: true, name: true }, take: 20,
  });
}
