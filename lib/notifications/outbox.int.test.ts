// Email and SMS through the outbox, against a real SMTP server on loopback (smtp-server).
import { describe, expect, it } from "vitest";
import { makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import { startSmtpSink } from "../testing/smtp-sink";

freshDatabase();

const FROM = "威海市科技政策兑现平台 <noreply@portal.test>";
const smtp = async (port: number) => (await import("./drivers")).smtpDriver(`smtp://127.0.0.1:${port}`, FROM);

/** One message for a new user, written the way every change writes it. */
async function notifyNewUser(title: string) {
  const { db } = await import("../db/client");
  const { notifyUsers } = await import("./notify-users");
  const u = await makeStaff(db, "admin");
  await db.$transaction((tx) => notifyUsers(tx, [{ userId: u.id, titleZh: `${title} 中`, titleEn: `${title} en` }]));
  return u;
}

describe("outbox", () => {
  it("a status change mails the applicant and the reviewers of the lead bureau, zh then en, with what to do and a link", async () => {
    const { c09Draft, submitCase } = await import("../testing/applicant-services");
    const { db, user, draft, version } = await c09Draft();
    await db.user.update({ where: { id: user.id }, data: { phone: "13806310009" } });
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    const otherBureau = await makeStaff(db, "reviewer", "industry-it");
    const { caseNo } = await submitCase(user, { caseId: draft.id, version, submitKey: "k1", commitment: true, acceptMissingDocuments: true });

    const rows = await db.outboxMessage.findMany({ where: { recipient: { in: [user.email, reviewer.email, otherBureau.email, "13806310009"] } } });
    expect(rows.map((r) => `${r.channel}:${r.recipient}`).sort()).toEqual([`email:${reviewer.email}`, `email:${user.email}`, "sms:13806310009"].sort());
    expect(rows.every((r) => r.status === "pending" && r.attempts === 0)).toBe(true);

    const sink = await startSmtpSink();
    const sms: string[] = [];
    const { deliverOutbox } = await import("./deliver");
    const { consoleSmsDriver } = await import("./drivers");
    try {
      const r = await deliverOutbox({ drivers: { email: await smtp(sink.port), sms: consoleSmsDriver((l) => sms.push(l)) } });
      expect(r.sent).toBeGreaterThanOrEqual(3);
      const toApplicant = sink.mails.filter((m) => m.to && "text" in m.to && m.to.text === user.email);
      expect(toApplicant).toHaveLength(1);
      const mail = toApplicant[0];
      expect(mail.subject).toBe(`申报 ${caseNo} 状态：已提交 | Application ${caseNo}: Submitted`);
      expect(mail.from?.text).toContain("noreply@portal.test");
      const text = mail.text!;
      // Chinese first, then English; the case, the measure, the change, the next step, the link
      expect(text.indexOf("下一步")).toBeLessThan(text.indexOf("Next:"));
      expect(text).toContain(`申报编号：${caseNo}`);
      expect(text).toContain("政策事项：");
      expect(text).toContain("状态变化：草稿 → 已提交");
      expect(text).toContain("Status: Draft → Submitted");
      expect(text).toContain(`/applicant/cases/${draft.id}`);
      expect(mail.html).toContain(`/applicant/cases/${draft.id}`);
      const toReviewer = sink.mails.find((m) => m.to && "text" in m.to && m.to.text === reviewer.email)!;
      expect(toReviewer.text).toContain(`/review/cases/${draft.id}`);
      expect(toReviewer.text).toContain("新的申报待初审");
      expect(sink.mails.some((m) => m.to && "text" in m.to && m.to.text === otherBureau.email)).toBe(false);
      // the SMS went through its driver; the console driver logs the number masked
      expect(sms.some((l) => l.includes("*******0009") && !l.includes("13806310009"))).toBe(true);
      const after = await db.outboxMessage.findMany({ where: { id: { in: rows.map((x) => x.id) } } });
      expect(after.every((x) => x.status === "sent" && x.attempts === 1 && x.sentAt)).toBe(true);
      // a second run sends nothing again
      const before = sink.mails.length;
      await deliverOutbox({ drivers: { email: await smtp(sink.port), sms: null }, now: new Date(Date.now() + 86_400_000) });
      expect(sink.mails.length).toBe(before);
    } finally {
      await sink.close();
    }
  });

  it("a change that rolls back leaves neither the notification nor a message in the outbox", async () => {
    const { db } = await import("../db/client");
    const { notifyUsers } = await import("./notify-users");
    const u = await makeStaff(db, "finance", "finance");
    await db.user.update({ where: { id: u.id }, data: { phone: "13900000001" } });
    await expect(
      db.$transaction(async (tx) => {
        await notifyUsers(tx, [{ userId: u.id, titleZh: "回滚", titleEn: "rolled back" }]);
        expect(await tx.outboxMessage.count({ where: { recipient: { in: [u.email, "13900000001"] } } })).toBe(2);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMessage.count({ where: { recipient: { in: [u.email, "13900000001"] } } })).toBe(0);
    expect(await db.notification.count({ where: { userId: u.id } })).toBe(0);
  });

  it("with the mail server down a message stays pending with its attempt and next time; once the server is back it is sent once", async () => {
    const { db } = await import("../db/client");
    const { deliverOutbox, backoffMs } = await import("./deliver");
    const u = await notifyNewUser("服务器停机");
    // a port nobody listens on: start a server to learn a free port, then stop it
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close();
    const email = await smtp(port);
    const t0 = new Date(Date.now() + 60_000);
    const down = await deliverOutbox({ now: t0, drivers: { email, sms: null } });
    expect(down.retried).toBeGreaterThanOrEqual(1);
    let row = await db.outboxMessage.findFirstOrThrow({ where: { recipient: u.email } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffMs(1));
    // not due yet: left alone
    await deliverOutbox({ now: new Date(t0.getTime() + 30_000), drivers: { email, sms: null } });
    expect((await db.outboxMessage.findFirstOrThrow({ where: { recipient: u.email } })).attempts).toBe(1);

    const sink = await startSmtpSink({ port });
    try {
      await deliverOutbox({ now: new Date(t0.getTime() + backoffMs(1)), drivers: { email, sms: null } });
      row = await db.outboxMessage.findFirstOrThrow({ where: { recipient: u.email } });
      expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
      await deliverOutbox({ now: new Date(t0.getTime() + 10 * backoffMs(1)), drivers: { email, sms: null } });
      expect(sink.mails.filter((m) => m.to && "text" in m.to && m.to.text === u.email)).toHaveLength(1);
    } finally {
      await sink.close();
    }
  });

  it("two deliveries running at once send each message exactly once", async () => {
    const { deliverOutbox } = await import("./deliver");
    const users = [];
    for (let i = 0; i < 12; i++) users.push(await notifyNewUser(`并发 ${i}`));
    const sink = await startSmtpSink();
    try {
      const drivers = { email: await smtp(sink.port), sms: null };
      const now = new Date(Date.now() + 1000);
      const [a, b] = await Promise.all([deliverOutbox({ now, limit: 8, drivers }), deliverOutbox({ now, limit: 8, drivers })]);
      await deliverOutbox({ now, limit: 50, drivers }); // whatever the two limits left
      expect(a.sent + b.sent).toBeGreaterThan(0);
      const mine = new Set(users.map((u) => u.email));
      const got = sink.mails.filter((m) => m.to && "text" in m.to && mine.has(m.to.text)).map((m) => (m.to as { text: string }).text);
      expect(got.sort()).toEqual([...mine].sort());
      expect(new Set(sink.mails.map((m) => m.messageId)).size).toBe(sink.mails.length);
    } finally {
      await sink.close();
    }
  });

  it("a message that keeps failing is marked failed after the last attempt, with the error kept", async () => {
    const { db } = await import("../db/client");
    const { deliverOutbox, MAX_ATTEMPTS } = await import("./deliver");
    const u = await notifyNewUser("总是失败");
    const broken = { email: { send: async () => { throw new Error("550 mailbox unavailable"); } }, sms: null };
    let now = new Date(Date.now() + 1000);
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await deliverOutbox({ now, drivers: broken });
      const row = await db.outboxMessage.findFirstOrThrow({ where: { recipient: u.email } });
      now = new Date(row.nextAttemptAt.getTime() + 1);
    }
    const row = await db.outboxMessage.findFirstOrThrow({ where: { recipient: u.email } });
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "Error: 550 mailbox unavailable" });
  });
});
