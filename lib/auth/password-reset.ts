import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { appendAudit } from "../audit/append";
import { db } from "../db/client";
import { hit } from "../db/rate-counter";
import { ActionError } from "../errors";
import { absoluteUrl, composeMail } from "../notifications/compose";
import { appBaseUrl, enqueueMessages } from "../notifications/outbox";
import { UNKNOWN_ADDRESS } from "./client-address";
import { rejectCommonPassword } from "./common-passwords";
import { hashPassword } from "./password";

// "Forgot password": a single-use link that expires after 30 minutes, mailed through the outbox.
// Only the token's sha256 is stored; a newer link voids the older ones; using one sets the
// password, ends every session of the account and is audited. Asking tells nothing about whether
// an account exists: the answer and the counting are the same for any address.

export const RESET_TTL_MS = 30 * 60_000;
const WINDOW_MS = 15 * 60_000;
/** requests per 15 minutes for one email address, and from one client address */
export const MAX_PER_ACCOUNT = 3;
export const MAX_PER_ADDRESS = 10;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** Mails a reset link when `email` belongs to an active account; "throttled" when asked too often. */
export async function requestPasswordReset(rawEmail: string, ip: string, now = new Date()): Promise<"accepted" | "throttled"> {
  const email = rawEmail.trim().toLowerCase();
  if ((await hit(`reset:account:${email}`, WINDOW_MS, now)) > MAX_PER_ACCOUNT) return "throttled";
  if (ip !== UNKNOWN_ADDRESS && (await hit(`reset:address:${ip}`, WINDOW_MS, now)) > MAX_PER_ADDRESS) return "throttled";
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, active: true } });
  if (!user || !user.active) return "accepted";
  const token = randomBytes(32).toString("base64url");
  const url = absoluteUrl(appBaseUrl(), `/reset-password?token=${token}`);
  const mail = composeMail(
    {
      titleZh: "重置您的登录密码", titleEn: "Reset your password",
      bodyZh: `有人（希望是您本人）申请重置账号 ${user.email} 的密码。\n请在 30 分钟内打开下面的链接设置新密码，链接只能使用一次。\n如果不是您本人操作，请忽略本邮件，您的密码不会改变。`,
      bodyEn: `Someone (we hope you) asked to reset the password of ${user.email}.\nOpen the link below within 30 minutes to set a new password; it works once.\nIf it was not you, ignore this mail: your password stays as it is.`,
    },
    { url, zh: "设置新密码", en: "Set a new password" },
  );
  await db.$transaction(async (tx) => {
    // a newer link voids the older ones
    await tx.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    const t = await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash: digest(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS) } });
    await enqueueMessages(tx, [{ channel: "email", recipient: user.email, subject: mail.subject, textBody: mail.text, htmlBody: mail.html, dedupeKey: `password-reset:${t.id}` }]);
    await appendAudit(tx, { caseId: null, actorId: null, action: "password_reset_request", fromStatus: null, toStatus: null, data: { userId: user.id, email: user.email } });
  });
  return "accepted";
}

export type LinkState = "valid" | "used" | "expired" | "invalid";

/** What the reset page shows for a link, before anyone types a password. */
export async function resetLinkState(token: string, now = new Date()): Promise<LinkState> {
  if (!token || token.length > 100) return "invalid";
  const t = await db.passwordResetToken.findUnique({ where: { tokenHash: digest(token) }, include: { user: { select: { active: true } } } });
  return stateOf(t, now);
}

function stateOf(t: { usedAt: Date | null; expiresAt: Date; user: { active: boolean } } | null, now: Date): LinkState {
  if (!t || !t.user.active) return "invalid";
  if (t.usedAt) return "used";
  return t.expiresAt <= now ? "expired" : "valid";
}

/** Sets the new password from a valid link, once; ends all of the account's sessions. */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<void> {
  rejectCommonPassword(password);
  const passwordHash = await hashPassword(password);
  const tokenHash = digest(token);
  await db.$transaction(async (tx) => {
    // the token's row lock: two submits of one link, one wins and the other sees it used
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "PasswordResetToken" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    const t = rows[0] ? await tx.passwordResetToken.findUnique({ where: { id: rows[0].id }, include: { user: true } }) : null;
    const state = stateOf(t, now);
    if (state !== "valid") throw new ActionError(`reset_link_${state}`);
    const u = t!.user;
    await tx.passwordResetToken.update({ where: { id: t!.id }, data: { usedAt: now } });
    await tx.user.update({ where: { id: u.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    const ended = await tx.userSession.updateMany({ where: { userId: u.id, revokedAt: null }, data: { revokedAt: now } });
    const mail = composeMail(
      {
        titleZh: "您的登录密码已重置", titleEn: "Your password was reset",
        bodyZh: `账号 ${u.email} 的密码刚刚通过“忘记密码”链接重置，所有已登录的设备均已退出。\n如果不是您本人操作，请立即联系管理员。`,
        bodyEn: `The password of ${u.email} was just reset through a "forgot password" link, and every signed-in device was signed out.\nIf it was not you, contact the administrator at once.`,
      },
      { url: absoluteUrl(appBaseUrl(), "/sign-in"), zh: "登录", en: "Sign in" },
    );
    await enqueueMessages(tx, [{ channel: "email", recipient: u.email, subject: mail.subject, textBody: mail.text, htmlBody: mail.html, dedupeKey: `password-reset-done:${t!.id}` }]);
    await appendAudit(tx, { caseId: null, actorId: u.id, action: "password_reset", fromStatus: null, toStatus: null, data: { userId: u.id, email: u.email, sessionsEnded: ended.count } });
  });
}
