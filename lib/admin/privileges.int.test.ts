// Maker-checker on staff privileges (issue 16 §2 "No one can pay alone"): one admin alone cannot
// make anyone a reviewer, finance officer or admin, nor set a staff password; a second admin must
// approve, never the requester, and each step is in the audit log.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../auth/sign-in";
import { makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

// the session the server actions see (the services take the user as an argument)
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("../auth/session", async (orig) => ({
  ...(await orig<typeof import("../auth/session")>()),
  currentUser: async () => session.user,
  // the action wrapper reads the whole session (its second factor passed)
  currentSession: async () => (session.user ? { user: session.user, sid: "test-session", factor: "ok" as const } : null),
}));

freshDatabase();
beforeAll(async () => {
  const { db } = await import("../db/client");
  await makeRound(db); // bureaus
});

const svc = async () => ({ ...(await import("./users")), ...(await import("./privileges")), ...(await import("../auth/sign-in")), db: (await import("../db/client")).db });
let n = 0;
const email = () => `staff-${++n}-${Date.now()}@example.com`;
const ip = () => `10.0.0.${n}`;

async function auditOf(userId: string) {
  const { db } = await import("../db/client");
  const rows = await db.auditEvent.findMany({ where: { caseId: null }, orderBy: { id: "asc" } });
  return rows.filter((e) => (e.data as { userId?: string }).userId === userId).map((e) => ({ action: e.action, actorId: e.actorId, kind: (e.data as { kind?: string }).kind }));
}

describe("maker-checker on staff privileges", () => {
  for (const role of ["reviewer", "finance", "admin"] as const) {
    it(`one admin alone cannot make a ${role} who can sign in; a second admin's approval does, and both steps are audited`, async () => {
      const s = await svc();
      const [a, b] = [await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin")];
      const mail = email();
      const { id, requestId } = await s.createStaff(a, { email: mail, name: "新同事", role, bureauId: "sci-tech", password: "Secret12345" });
      // created but powerless: inactive, refused at sign-in as any unknown account ("invalid": nothing disclosed), no session possible
      expect(await s.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false, role });
      await expect(s.signIn(mail, "Secret12345", ip())).rejects.toMatchObject({ code: "invalid" });
      // the same admin can neither approve it nor route around it by reactivating the account
      await expect(s.approvePrivilege(a, { requestId })).rejects.toMatchObject({ code: "self_approval" });
      await expect(s.setStaffActive(a, { userId: id, active: true })).rejects.toMatchObject({ code: "privilege_pending" });
      await expect(s.signIn(mail, "Secret12345", ip())).rejects.toMatchObject({ code: "invalid" });

      expect(await s.approvePrivilege(b, { requestId })).toEqual({ id: requestId, state: "approved" });
      expect(await s.signIn(mail, "Secret12345", ip())).toMatchObject({ id, role });
      expect(await s.db.privilegeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ state: "approved", requestedById: a.id, decidedById: b.id });
      expect(await auditOf(id)).toEqual([
        { action: "privilege_request", actorId: a.id, kind: "create_staff" },
        { action: "privilege_approve", actorId: b.id, kind: "create_staff" },
      ]);
    });
  }

  it("a role change waits for a second admin; the requester cannot approve it, nor can its subject", async () => {
    const s = await svc();
    const [a, b, c] = [await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin")];
    const reviewer = await makeStaff(s.db, "reviewer", "sci-tech");
    const { requestId } = await s.setStaffRole(a, { userId: reviewer.id, role: "finance", bureauId: "" });
    expect(await s.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ role: "reviewer", bureauId: "sci-tech", sessionVersion: 0 });
    await expect(s.setStaffRole(b, { userId: reviewer.id, role: "admin", bureauId: "" })).rejects.toMatchObject({ code: "privilege_pending" });
    await expect(s.approvePrivilege(a, { requestId })).rejects.toMatchObject({ code: "self_approval" });
    await s.approvePrivilege(b, { requestId });
    expect(await s.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ role: "finance", bureauId: "finance", sessionVersion: 1 });

    // a request about an admin's own account is decided by someone else
    const own = await s.setStaffRole(a, { userId: b.id, role: "admin", bureauId: "" });
    await expect(s.approvePrivilege(b, { requestId: own.requestId })).rejects.toMatchObject({ code: "self_approval" });
    await s.approvePrivilege(c, { requestId: own.requestId });
  });

  it("a staff password reset takes effect only after a second admin approves; only its hash is held", async () => {
    const s = await svc();
    const [a, b] = [await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin")];
    const mail = email();
    const { id, requestId: created } = await s.createStaff(a, { email: mail, name: "审核员", role: "reviewer", bureauId: "sci-tech", password: "Secret12345" });
    await s.approvePrivilege(b, { requestId: created });

    const { requestId } = await s.resetStaffPassword(a, { userId: id, password: "Another12345" });
    const held = await s.db.privilegeRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(held.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(JSON.stringify(held)).not.toContain("Another12345");
    // not yet: the old password still works, the new one does not
    expect(await s.signIn(mail, "Secret12345", ip())).toMatchObject({ id });
    await expect(s.signIn(mail, "Another12345", ip())).rejects.toMatchObject({ code: "invalid" });
    await expect(s.approvePrivilege(a, { requestId })).rejects.toMatchObject({ code: "self_approval" });
    await expect(s.signIn(mail, "Another12345", ip())).rejects.toMatchObject({ code: "invalid" });

    await s.approvePrivilege(b, { requestId });
    expect(await s.signIn(mail, "Another12345", ip())).toMatchObject({ id, sessionVersion: 2 });
    await expect(s.signIn(mail, "Secret12345", ip())).rejects.toMatchObject({ code: "invalid" });
    expect((await s.db.privilegeRequest.findUniqueOrThrow({ where: { id: requestId } })).passwordHash).toBeNull();
    expect((await auditOf(id)).map((e) => `${e.action}:${e.kind}`)).toEqual([
      "privilege_request:create_staff", "privilege_approve:create_staff", "privilege_request:reset_password", "privilege_approve:reset_password",
    ]);
  });

  it("a rejected request changes nothing on the account; a decided request cannot be decided again", async () => {
    const s = await svc();
    const [a, b, c] = [await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin")];
    const mail = email();
    const { id, requestId } = await s.createStaff(a, { email: mail, name: "财务", role: "finance", bureauId: "", password: "Secret12345" });
    expect(await s.rejectPrivilege(b, { requestId })).toEqual({ id: requestId, state: "rejected" });
    await expect(s.approvePrivilege(c, { requestId })).rejects.toMatchObject({ code: "bad_state" });
    await expect(s.rejectPrivilege(c, { requestId })).rejects.toMatchObject({ code: "bad_state" });
    expect(await s.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false, sessionVersion: 0 });
    await expect(s.signIn(mail, "Secret12345", ip())).rejects.toMatchObject({ code: "invalid" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["privilege_request", "privilege_reject"]);
    await expect(s.approvePrivilege(b, { requestId: "no-such-request" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("two admins approving the same request at once: one wins, the account changes once", async () => {
    const s = await svc();
    const [a, b, c] = [await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin")];
    const { id, requestId } = await s.createStaff(a, { email: email(), name: "并发", role: "admin", bureauId: "", password: "Secret12345" });
    const results = await Promise.allSettled([s.approvePrivilege(b, { requestId }), s.approvePrivilege(c, { requestId })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "bad_state" });
    expect(await s.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true, sessionVersion: 1 });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["privilege_request", "privilege_approve"]);
  });

  it("deactivating is immediate; reactivating needs a second admin", async () => {
    const s = await svc();
    const [a, b] = [await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin")];
    const reviewer = await makeStaff(s.db, "reviewer", "sci-tech");
    await s.setStaffActive(a, { userId: reviewer.id, active: false });
    expect(await s.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ active: false, sessionVersion: 1 });
    const { requestId } = await s.setStaffActive(a, { userId: reviewer.id, active: true }) as { requestId: string };
    expect(await s.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ active: false });
    await s.approvePrivilege(b, { requestId });
    expect(await s.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ active: true, role: "reviewer", sessionVersion: 2 });
  });

  it("the server actions: the requester's approval answers self_approval, another admin's goes through; the pending list shows it", async () => {
    const s = await svc();
    const actions = await import("@/app/(admin)/admin/users/actions");
    const [a, b] = [await makeStaff(s.db, "admin"), await makeStaff(s.db, "admin")];
    session.user = a;
    const created = await actions.createStaffAction({ email: email(), name: "经办", role: "reviewer", bureauId: "sci-tech", password: "Secret12345" });
    expect(created).toMatchObject({ ok: true, data: { pending: true } });
    const requestId = (created as { data: { requestId: string } }).data.requestId;
    expect((await s.listPendingPrivileges(a)).map((r) => r.id)).toContain(requestId);
    expect(await actions.approvePrivilegeAction({ requestId })).toEqual({ ok: false, error: "self_approval" });
    session.user = b;
    expect(await actions.approvePrivilegeAction({ requestId })).toEqual({ ok: true, data: { id: requestId, state: "approved" } });
    expect((await s.listPendingPrivileges(b)).map((r) => r.id)).not.toContain(requestId);
    session.user = null;
  });
});
