// "Forgot password" against a real database and a real SMTP server on loopback.
import { describe, expect, it } from "vitest";
import { makeApplicant } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import { startSmtpSink } from "../testing/smtp-sink";

freshDatabase();

const OLD = "Old-secret-2026x";
const NEW = "Brand-new-2026y";
let n = 0;
const ip = () => `198.51.100.${++n}`;

async function account() {
  const { db } = await import("../db/client");
  const { hashPassword } = await import("./password");
  const u = await makeApplicant(db);
  await db.user.update({ where: { id: u.id }, data: { passwordHash: await hashPassword(OLD) } });
  return { db, u };
}

/** The token in the newest reset mail in the outbox for `email`. */
async function tokenMailedTo(email: string): Promise<string> {
  const { db } = await import("../db/client");
  const m = await db.outboxMessage.findFirstOrThrow({ where: { recipient: email, dedupeKey: { startsWith: "password-reset:" } }, orderBy: { createdAt: "desc" } });
  return /reset-password\?token=([\w-]+)/.exec(m.textBody)![1];
}

describe("password reset", () => {
  it("mails a link through the outbox; an unknown address gets the same answer and no mail; only the token's hash is stored", async () => {
    const { db, u } = await account();
    const { requestPasswordReset } = await import("./password-reset");
    expect(await requestPasswordReset(` ${u.email.toUpperCase()} `, ip())).toBe("accepted");
    expect(await requestPasswordReset("nobody-here@example.com", ip())).toBe("accepted");
    expect(await db.outboxMessage.count({ where: { recipient: "nobody-here@example.com" } })).toBe(0);
    const token = await tokenMailedTo(u.email);
    expect(token.length).toBeGreaterThanOrEqual(40);
    const stored = await db.passwordResetToken.findMany({ where: { userId: u.id } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    const sink = await startSmtpSink();
    try {
      const { deliverOutbox } = await import("../notifications/deliver");
      const { smtpDriver } = await import("../notifications/drivers");
      await deliverOutbox({ drivers: { email: smtpDriver(`smtp://127.0.0.1:${sink.port}`, "Portal <noreply@portal.test>"), sms: null } });
      const mail = sink.mails.find((m) => m.to && "text" in m.to && m.to.text === u.email)!;
      expect(mail.subject).toBe("重置您的登录密码 | Reset your password");
      expect(mail.text).toContain(`/reset-password?token=${token}`);
      expect(mail.text).toContain("30 分钟");
    } finally {
      await sink.close();
    }
  });

  it("the link sets a new password once, ends every session, is audited; the second use is refused", async () => {
    const { db, u } = await account();
    const { requestPasswordReset, resetPassword, resetLinkState } = await import("./password-reset");
    const { openSession, renewSession } = await import("./user-session");
    const { signIn } = await import("./sign-in");
    const sid = await openSession(u.id);
    await requestPasswordReset(u.email, ip());
    const token = await tokenMailedTo(u.email);
    expect(await resetLinkState(token)).toBe("valid");

    // two submits of the same link at once: one wins, and either may be the one
    const tried = [NEW, "Another-new-2026z"];
    const results = await Promise.allSettled(tried.map((p) => resetPassword(token, p)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "reset_link_used" } });
    const won = tried[results.findIndex((r) => r.status === "fulfilled")];
    const lost = tried.find((p) => p !== won)!;

    expect(await renewSession(sid, u.id)).toBe(false);
    expect(await db.user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ sessionVersion: 1 });
    expect(await signIn(u.email, won, ip())).toMatchObject({ id: u.id, sessionVersion: 1 });
    await expect(signIn(u.email, OLD, ip())).rejects.toMatchObject({ code: "invalid" });
    await expect(signIn(u.email, lost, ip())).rejects.toMatchObject({ code: "invalid" });
    expect(await resetLinkState(token)).toBe("used");
    await expect(resetPassword(token, "Third-new-2026q")).rejects.toMatchObject({ code: "reset_link_used" });

    const audit = await db.auditEvent.findMany({ where: { action: { in: ["password_reset_request", "password_reset"] } }, orderBy: { id: "asc" } });
    const mine = audit.filter((e) => (e.data as { userId?: string }).userId === u.id);
    expect(mine.map((e) => e.action)).toEqual(["password_reset_request", "password_reset"]);
    expect(mine[1]).toMatchObject({ actorId: u.id, data: { sessionsEnded: 1 } });
    expect(JSON.stringify(mine.map((e) => e.data))).not.toContain(token);
    // the account is told its password changed
    expect(await db.outboxMessage.count({ where: { recipient: u.email, dedupeKey: { startsWith: "password-reset-done:" } } })).toBe(1);
  });

  it("a newer link voids the older one; a link expires after 30 minutes; a forged token is invalid", async () => {
    const { u } = await account();
    const { requestPasswordReset, resetPassword, resetLinkState } = await import("./password-reset");
    await requestPasswordReset(u.email, ip());
    const first = await tokenMailedTo(u.email);
    await new Promise((r) => setTimeout(r, 5));
    await requestPasswordReset(u.email, ip());
    const second = await tokenMailedTo(u.email);
    expect(second).not.toBe(first);
    expect(await resetLinkState(first)).toBe("invalid");
    await expect(resetPassword(first, NEW)).rejects.toMatchObject({ code: "reset_link_invalid" });
    const later = new Date(Date.now() + 31 * 60_000);
    expect(await resetLinkState(second, later)).toBe("expired");
    await expect(resetPassword(second, NEW, later)).rejects.toMatchObject({ code: "reset_link_expired" });
    expect(await resetLinkState("forged-token")).toBe("invalid");
    expect(await resetLinkState(second)).toBe("valid");
  });

  it("a common password is refused next to the field and the link stays usable", async () => {
    const { u } = await account();
    const { requestPasswordReset, resetPassword, resetLinkState } = await import("./password-reset");
    await requestPasswordReset(u.email, ip());
    const token = await tokenMailedTo(u.email);
    await expect(resetPassword(token, "Password123")).rejects.toMatchObject({ code: "validation", fieldErrors: { password: "password_common" } });
    expect(await resetLinkState(token)).toBe("valid");
  });

  it("asking too often is refused for any address alike, known or not", async () => {
    const { db, u } = await account();
    const { requestPasswordReset, MAX_PER_ACCOUNT } = await import("./password-reset");
    for (const email of [u.email, "ghost@example.com"]) {
      for (let i = 0; i < MAX_PER_ACCOUNT; i++) expect(await requestPasswordReset(email, ip())).toBe("accepted");
      expect(await requestPasswordReset(email, ip())).toBe("throttled");
    }
    expect(await db.passwordResetToken.count({ where: { userId: u.id } })).toBe(1);
  });
});
