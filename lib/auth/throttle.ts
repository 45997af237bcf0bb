import "server-only";
import { db } from "../db/client";

// 5 failed sign-ins per 15 minutes, per account and per IP; a success clears the account's count.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export async function isThrottled(account: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const lastOk = await db.loginAttempt.findFirst({
    where: { account, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountFailures = await db.loginAttempt.count({
    where: { account, success: false, createdAt: { gt: lastOk?.createdAt ?? since } },
  });
  if (accountFailures >= MAX_FAILURES) return true;
  const ipFailures = await db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } });
  return ipFailures >= MAX_FAILURES;
}

export async function recordAttempt(account: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { account, ip, success } });
}
