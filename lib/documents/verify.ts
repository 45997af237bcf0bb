import "server-only";
import { db } from "../db/client";
import { hit } from "../db/rate-counter";
import { normaliseVerifyCode } from "./verify-code";

// The public check of a printed document's verification code. It confirms the case number, the
// organisation, the measure and the status: nothing personal (no contacts, facts or amounts).

/** look-ups per client address: 20 in 10 minutes, counted in PostgreSQL so every server process shares it */
const WINDOW_MS = 10 * 60_000;
const MAX = 20;

export async function allowVerify(ip: string, now = Date.now()): Promise<boolean> {
  return (await hit(`verify:${ip}`, WINDOW_MS, new Date(now))) <= MAX;
}

export interface VerifiedCase {
  code: string;
  caseNo: string;
  organisation: string;
  measureId: string;
  status: string;
  submittedAt: Date | null;
}

/** The case a code belongs to, or null (also for anything that cannot be a code). */
export async function verifyCase(raw: string): Promise<VerifiedCase | null> {
  const code = normaliseVerifyCode(raw);
  if (!code) return null;
  const c = await db.case.findUnique({
    where: { verifyCode: code },
    select: { verifyCode: true, caseNo: true, measureId: true, status: true, submittedAt: true, organisation: { select: { name: true } } },
  });
  if (!c?.caseNo || c.status === "draft") return null;
  return { code, caseNo: c.caseNo, organisation: c.organisation.name, measureId: c.measureId, status: c.status, submittedAt: c.submittedAt };
}
