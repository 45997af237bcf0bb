// Reference and demo data: the 11 bureaus, the LPR table, an open round for the current year with
// all 42 measures, and the demo accounts. Idempotent: running it again changes nothing.
import { hashPassword } from "../lib/auth/password";
import type { PrismaClient } from "../lib/db/create-client";
import { MEASURES } from "../rules";
import { DEFAULT_LPR } from "../rules/core/params";
import { DEMO_ORGS, DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";

export const BUREAUS = [
  ["sci-tech", "市科技局", "Science and Technology Bureau"],
  ["industry-it", "市工业和信息化局", "Industry and Information Technology Bureau"],
  ["finance", "市财政局", "Finance Bureau"],
  ["agriculture", "市农业农村局", "Agriculture and Rural Affairs Bureau"],
  ["ocean", "市海洋发展局", "Ocean Development Bureau"],
  ["iti", "市产业技术研究院", "Industrial Technology Research Institute"],
  ["org-dept", "市委组织部", "Organisation Department"],
  ["hr", "市人力资源社会保障局", "Human Resources and Social Security Bureau"],
  ["financial-regulation", "市地方金融监管局", "Local Financial Regulation Bureau"],
  ["market-regulation", "市市场监管局", "Market Regulation Bureau"],
  ["sci-assoc", "市科协", "Association for Science and Technology"],
] as const;

const BEIJING = "+08:00";

export async function seedReference(db: PrismaClient): Promise<void> {
  for (const [id, nameZh, nameEn] of BUREAUS) {
    await db.bureau.upsert({ where: { id }, update: { nameZh, nameEn }, create: { id, nameZh, nameEn } });
  }
  for (const e of DEFAULT_LPR) {
    await db.lprRate.upsert({ where: { month: e.from }, update: {}, create: { month: e.from, bp: e.bp } });
  }
  await db.setting.upsert({ where: { key: "lprKnownThrough" }, update: {}, create: { key: "lprKnownThrough", value: "2026-11" } });
}

export async function seedDemo(db: PrismaClient, now = new Date()): Promise<void> {
  await seedReference(db);
  const year = now.getFullYear();
  const roundId = `round-${year}`;
  const existing = await db.round.findUnique({ where: { id: roundId } });
  if (!existing) {
    await db.round.create({
      data: {
        id: roundId,
        name: `${year}年度科技创新政策兑现`,
        year,
        opensAt: new Date(`${year}-01-01T00:00:00${BEIJING}`),
        closesAt: new Date(`${year}-12-31T23:59:59${BEIJING}`),
        status: "open",
        totalBudgetFen: 30_000_000_000n, // 3亿元
        noticeDays: 7,
        measures: { create: MEASURES.map((m) => ({ measureId: m.id, budgetFen: BigInt(Math.max(m.maxFen * 20, 1_000_000_000)) })) },
      },
    });
  }
  const orgIds: Record<string, string> = {};
  for (const o of DEMO_ORGS) {
    const org = await db.organisation.upsert({
      where: { creditCode: o.creditCode },
      update: {},
      create: { creditCode: o.creditCode, name: o.name, orgType: o.orgType, registeredInCity: true, contactName: o.contactName, contactPhone: o.contactPhone },
    });
    orgIds[o.key] = org.id;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email, name: u.name, role: u.role, passwordHash,
        bureauId: "bureau" in u ? u.bureau : null,
        organisationId: "org" in u ? orgIds[u.org] : null,
      },
    });
  }
}
