// The TOTP second factor against PostgreSQL (ADR 022): enrolment shows ten recovery codes once and
// marks the session; sign-in codes are throttled, never replayed, recovery codes work once; a lost
// factor is reset only by a second admin (maker-checker), which ends the user's sessions.
import { describe, expect, it } from "vitest";
import { makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import { codeAt, stepAt } from "./totp";

freshDatabase();

const svc = async () => ({
  ...(await import("./second-factor")), ...(await import("../admin/users")), ...(await import("../admin/privileges")),
  db: (await import("../db/client")).db,
});

async function enrolled(role: "reviewer" | "admin" = "reviewer", now = new Date()) {
  const s = await svc();
  const user = await makeStaff(s.db, role, role === "reviewer" ? "sci-tech" : null);
  const session = await s.db.userSession.create({ data: { userId: user.id, expiresAt: new Date(now.getTime() + 3_600_000) } });
  const { secret } = await s.pendingEnrolment(user);
  const codes = await s.confirmEnrolment(user, session.id, codeAt(secret, stepAt(now.getTime())), now);
  return { ...s, user, secret, codes, sid: session.id };
}

describe("enrolment", () => {
  it("keeps one pending secret until a current code confirms it; then ten hashed recovery codes, a marked session and an audit entry", async () => {
    const s = await svc();
    await makeRound(s.db); // bureaus
    const user = await makeStaff(s.db, "reviewer", "sci-tech");
    const session = await s.db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const first = await s.pendingEnrolment(user);
    expect((await s.pendingEnrolment(user)).secret).toBe(first.secret); // a reload shows the same QR
    expect(first.uri).toContain(`secret=${first.secret}`);
    expect(await s.hasConfirmedFactor(user.id)).toBe(false);

    const now = new Date();
    await expect(s.confirmEnrolment(user, session.id, codeAt(first.secret, stepAt(now.getTime()) + 3), now)).rejects.toMatchObject({ code: "validation", fieldErrors: { code: "code_invalid" } });
    expect(await s.db.secondFactor.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ confirmedAt: null });
    expect(await s.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);

    const codes = await s.confirmEnrolment(user, session.id, codeAt(first.secret, stepAt(now.getTime())), now);
    expect(codes).toHaveLength(10);
    const stored = await s.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]);
    expect(await s.hasConfirmedFactor(user.id)).toBe(true);
    expect((await s.db.userSession.findUniqueOrThrow({ where: { id: session.id } })).secondFactorAt).toEqual(now);
    expect(await s.factorStatus(user.id)).toEqual({ enrolled: true, recoveryLeft: 10 });
    const audit = await s.db.auditEvent.findMany({ where: { action: "second_factor_enrol", actorId: user.id } });
    expect(audit).toHaveLength(1);
    // confirmed once: a second confirmation and a new pending secret are refused
    await expect(s.confirmEnrolment(user, session.id, codeAt(first.secret, stepAt(now.getTime()) + 1), now)).rejects.toMatchObject({ code: "bad_state" });
    await expect(s.pendingEnrolment(user)).rejects.toMatchObject({ code: "bad_state" });
  });
});

describe("sign-in codes", () => {
  it("a code is accepted once (the enrolment's code neither), the next step's code once more", async () => {
    const now = new Date();
    const s = await enrolled("reviewer", now);
    const step = stepAt(now.getTime());
    await expect(s.verifySecondFactor(s.user.id, codeAt(s.secret, step), now)).rejects.toMatchObject({ code: "code_invalid" });
    expect(await s.verifySecondFactor(s.user.id, codeAt(s.secret, step + 1), now)).toBe("totp");
    await expect(s.verifySecondFactor(s.user.id, codeAt(s.secret, step + 1), now)).rejects.toMatchObject({ code: "code_invalid" });
    const later = new Date(now.getTime() + 60_000);
    expect(await s.verifySecondFactor(s.user.id, codeAt(s.secret, step + 2), later)).toBe("totp");
  });

  it("two sign-ins with the same code at once: exactly one passes", async () => {
    const now = new Date();
    const s = await enrolled("reviewer", now);
    const code = codeAt(s.secret, stepAt(now.getTime()) + 1);
    const out = await Promise.allSettled([s.verifySecondFactor(s.user.id, code, now), s.verifySecondFactor(s.user.id, code, now)]);
    expect(out.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });

  it("a recovery code works once, however it is typed, and its use is audited", async () => {
    const s = await enrolled();
    expect(await s.verifySecondFactor(s.user.id, s.codes[4].toUpperCase())).toBe("recovery");
    await expect(s.verifySecondFactor(s.user.id, s.codes[4])).rejects.toMatchObject({ code: "code_invalid" });
    expect(await s.verifySecondFactor(s.user.id, s.codes[5].replace("-", ""))).toBe("recovery");
    expect(await s.factorStatus(s.user.id)).toEqual({ enrolled: true, recoveryLeft: 8 });
    const audit = await s.db.auditEvent.findMany({ where: { action: "second_factor_recovery_used", actorId: s.user.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => (a.data as { left: number }).left)).toEqual([9, 8]);
  });

  it("five wrong codes in 15 minutes lock the code check, even for the right code", async () => {
    const now = new Date();
    const s = await enrolled("reviewer", now);
    for (let i = 0; i < 5; i++) await expect(s.verifySecondFactor(s.user.id, "000000", now)).rejects.toMatchObject({ code: expect.stringMatching(/code_invalid/) });
    await expect(s.verifySecondFactor(s.user.id, codeAt(s.secret, stepAt(now.getTime()) + 1), now)).rejects.toMatchObject({ code: "code_throttled" });
    await expect(s.verifySecondFactor(s.user.id, s.codes[0], now)).rejects.toMatchObject({ code: "code_throttled" });
    // nothing was used while locked
    expect(await s.factorStatus(s.user.id)).toEqual({ enrolled: true, recoveryLeft: 10 });
  });

  it("a user without a confirmed factor has no code to give", async () => {
    const s = await svc();
    const user = await makeStaff(s.db, "finance", "finance");
    await expect(s.verifySecondFactor(user.id, "123456")).rejects.toMatchObject({ code: "code_invalid" });
  });
});

describe("a lost factor is reset by two admins", () => {
  it("one admin asks, not they nor the subject may approve, a second admin's approval removes the factor and ends the sessions; audited", async () => {
    const s = await enrolled("reviewer");
    const [a, b] = [await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin")];
    const { requestId } = await s.resetStaffSecondFactor(a, { userId: s.user.id });
    await expect(s.resetStaffSecondFactor(b, { userId: s.user.id })).rejects.toMatchObject({ code: "privilege_pending" });
    await expect(s.approvePrivilege(a, { requestId })).rejects.toMatchObject({ code: "self_approval" });
    expect(await s.hasConfirmedFactor(s.user.id)).toBe(true); // nothing changed yet

    const before = await s.db.user.findUniqueOrThrow({ where: { id: s.user.id } });
    expect(await s.approvePrivilege(b, { requestId })).toEqual({ id: requestId, state: "approved" });
    expect(await s.db.secondFactor.count({ where: { userId: s.user.id } })).toBe(0);
    expect(await s.db.recoveryCode.count({ where: { userId: s.user.id } })).toBe(0);
    expect((await s.db.user.findUniqueOrThrow({ where: { id: s.user.id } })).sessionVersion).toBe(before.sessionVersion + 1);
    const audit = await s.db.auditEvent.findMany({ where: { action: { in: ["privilege_request", "privilege_approve"] } }, orderBy: { id: "asc" } });
    expect(audit.filter((e) => (e.data as { userId?: string }).userId === s.user.id).map((e) => [e.action, e.actorId, (e.data as { kind: string }).kind]))
      .toEqual([["privilege_request", a.id, "reset_second_factor"], ["privilege_approve", b.id, "reset_second_factor"]]);
    // enrolling again starts from a new secret
    expect((await s.pendingEnrolment(s.user)).secret).not.toBe(s.secret);
  });

  it("refuses a reset of someone without a factor or unknown, and one asked by a non-admin", async () => {
    const s = await svc();
    const a = await makeStaff(s.db, "admin");
    const plain = await makeStaff(s.db, "reviewer", "sci-tech");
    await expect(s.resetStaffSecondFactor(a, { userId: plain.id })).rejects.toMatchObject({ code: "bad_state" });
    await expect(s.resetStaffSecondFactor(a, { userId: "no-such-user" })).rejects.toMatchObject({ code: "not_found" });
    await expect(s.resetStaffSecondFactor(plain, { userId: a.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});
