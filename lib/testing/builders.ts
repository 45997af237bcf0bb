// Test data builders for integration tests (real database, never mocks).
import { randomBytes } from "node:crypto";
import { composeCreditCode } from "../auth/credit-code";
import type { SessionUser } from "../auth/sign-in";
import type { PrismaClient } from "../db/create-client";
import { seedReference } from "../seed/seed";
import { MEASURES } from "@/rules";

// organisation code bodies avoid I, O, S, V and Z (not in the credit code's alphabet)
const ORG_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** a fresh code registered at Weihai city level (371000) that passes both check characters */
export function makeCreditCode(division = "371000"): string {
  let body = "";
  while (body.length < 8) body += ORG_BODY[randomBytes(1)[0] % 31];
  return composeCreditCode(`91${division}`, body);
}

export async function makeRound(db: PrismaClient, over: Partial<{ opensAt: Date; closesAt: Date; status: "draft" | "open" | "closed"; measures: string[]; params: object }> = {}) {
  await seedReference(db);
  const year = new Date().getFullYear();
  return db.round.create({
    data: {
      name: `测试批次 ${randomBytes(2).toString("hex")}`, year,
      opensAt: over.opensAt ?? new Date(Date.now() - 86_400_000), closesAt: over.closesAt ?? new Date(Date.now() + 86_400_000 * 30),
      status: over.status ?? "open", totalBudgetFen: 10_000_000_000n, params: (over.params ?? {}) as never,
      measures: { create: (over.measures ?? MEASURES.map((m) => m.id)).map((measureId) => ({ measureId, budgetFen: 1_000_000_000n })) },
    },
  });
}

/** 19 random digits, as a bank account number. */
export function makeAccountNo(): string {
  return `6222${[...randomBytes(15)].map((b) => b % 10).join("")}`;
}

/**
 * An applicant of a new organisation: verified unless `verified: false` (the state a fresh sign-up
 * is in); holding a bank account (submission needs one) unless `bankAccount: false`.
 */
export async function makeApplicant(db: PrismaClient, over: Partial<{ orgType: string; registeredInCity: boolean; creditBlacklisted: boolean; verified: boolean; bankAccount: boolean }> = {}): Promise<SessionUser> {
  const name = `测试单位${randomBytes(2).toString("hex")}`;
  const account = over.bankAccount === false ? {} : { bankAccountName: name, bankName: "中国工商银行威海分行", bankAccountNo: makeAccountNo() };
  const org = await db.organisation.create({
    data: {
      creditCode: makeCreditCode(), name, orgType: (over.orgType ?? "enterprise") as never,
      registeredInCity: over.registeredInCity ?? true, creditBlacklisted: over.creditBlacklisted ?? false, contactName: "测试", contactPhone: "13800000000",
      verifiedAt: over.verified === false ? null : new Date(),
      ...account,
    },
  });
  const u = await db.user.create({
    data: { email: `a-${randomBytes(4).toString("hex")}@example.com`, name: "申报人", passwordHash: "x", role: "applicant", organisationId: org.id },
  });
  return { id: u.id, role: "applicant", name: u.name, email: u.email, bureauId: null, organisationId: org.id, sessionVersion: 0 };
}

export async function makeStaff(db: PrismaClient, role: "reviewer" | "finance" | "admin", bureauId: string | null = null): Promise<SessionUser> {
  const u = await db.user.create({
    data: { email: `s-${randomBytes(4).toString("hex")}@example.com`, name: `${role}-${randomBytes(2).toString("hex")}`, passwordHash: "x", role, bureauId },
  });
  return { id: u.id, role, name: u.name, email: u.email, bureauId, organisationId: null, sessionVersion: 0 };
}

/** qualifying c09 facts: 15% growth, ¥1.5m increment → ceiling ¥75,000 */
export const C09_FACTS = {
  fiscalYear: 2025, aboveDesignatedSize: true, hasRndActivity: true, qualifications: ["high_tech_enterprise"],
  rndPrevYearFen: 1_000_000_000, rndThisYearFen: 1_150_000_000, eventDate: "2025-12-31",
};
