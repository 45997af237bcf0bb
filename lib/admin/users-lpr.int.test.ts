import { describe, expect, it } from "vitest";
import { makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

describe("staff accounts", () => {
  it("creates a reviewer who signs in once a second admin approves; deactivating ends it; a reset password ends old sessions", async () => {
    const { db } = await import("../db/client");
    const users = await import("./users");
    const { approvePrivilege } = await import("./privileges");
    const { signIn } = await import("../auth/sign-in");
    const admin = await makeStaff(db, "admin");
    const second = await makeStaff(db, "admin");
    await expect(users.createStaff(admin, { email: "rv@example.com", name: "审核员", role: "reviewer", bureauId: "", password: "Secret12345" }))
      .rejects.toMatchObject({ fieldErrors: { bureauId: "bureau_required" } });
    await makeRound(db); // bureaus
    const { id, requestId } = await users.createStaff(admin, { email: "RV@example.com", name: "审核员", role: "reviewer", bureauId: "sci-tech", password: "Secret12345" });
    await expect(users.createStaff(admin, { email: "rv@example.com", name: "重复", role: "admin", bureauId: "", password: "Secret12345" }))
      .rejects.toMatchObject({ fieldErrors: { email: "email_taken" } });
    await approvePrivilege(second, { requestId });
    expect(await signIn("rv@example.com", "Secret12345", "1.2.3.4")).toMatchObject({ id, role: "reviewer", bureauId: "sci-tech" });

    const reset = await users.resetStaffPassword(admin, { userId: id, password: "Another12345" });
    await approvePrivilege(second, { requestId: reset.requestId });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ sessionVersion: 2 });
    await expect(signIn("rv@example.com", "Secret12345", "1.2.3.5")).rejects.toMatchObject({ code: "invalid" });

    await users.setStaffActive(admin, { userId: id, active: false });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false, sessionVersion: 3 });
    await expect(signIn("rv@example.com", "Another12345", "1.2.3.6")).rejects.toMatchObject({ code: "invalid" });

    const actions = (await db.auditEvent.findMany({ where: { caseId: null, actorId: admin.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["privilege_request", "privilege_request", "user_deactivate"]);
  });

  it("an admin cannot remove their own admin role or deactivate themselves", async () => {
    const { db } = await import("../db/client");
    const users = await import("./users");
    const admin = await makeStaff(db, "admin");
    await expect(users.setStaffRole(admin, { userId: admin.id, role: "reviewer", bureauId: "sci-tech" })).rejects.toMatchObject({ fieldErrors: { role: "self_admin_role" } });
    await expect(users.setStaffActive(admin, { userId: admin.id, active: false })).rejects.toMatchObject({ code: "self_deactivate" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", active: true, sessionVersion: 0 });
    // another admin may ask, and a third approves
    const other = await makeStaff(db, "admin");
    const { requestId } = await users.setStaffRole(other, { userId: admin.id, role: "finance", bureauId: "" });
    await (await import("./privileges")).approvePrivilege(await makeStaff(db, "admin"), { requestId });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "finance", bureauId: "finance" });
    // applicants are not staff accounts
    const applicant = await makeApplicant(db);
    await expect(users.setStaffActive(other, { userId: applicant.id, active: false })).rejects.toMatchObject({ code: "not_found" });
  });

  it("marks an organisation as credit-blacklisted with reason and date, and clears it, audited", async () => {
    const { db } = await import("../db/client");
    const users = await import("./users");
    const admin = await makeStaff(db, "admin");
    const applicant = await makeApplicant(db);
    const orgId = applicant.organisationId!;
    await expect(users.blacklistOrganisation(admin, { organisationId: orgId, reason: "", listedOn: "2026-02-30" }))
      .rejects.toMatchObject({ fieldErrors: { reason: "blacklist_reason", listedOn: "date" } });
    await expect(users.blacklistOrganisation(admin, { organisationId: orgId, reason: "列入严重失信主体名单", listedOn: "2099-01-01" }))
      .rejects.toMatchObject({ fieldErrors: { listedOn: "date_future" } });
    await expect(users.blacklistOrganisation(admin, { organisationId: orgId, reason: "列入严重失信主体名单", listedOn: "0001-01-01" }))
      .rejects.toMatchObject({ fieldErrors: { listedOn: "date" } });
    await users.blacklistOrganisation(admin, { organisationId: orgId, reason: "列入严重失信主体名单", listedOn: "2026-01-15" });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({
      creditBlacklisted: true, blacklistReason: "列入严重失信主体名单", blacklistedAt: new Date("2026-01-14T16:00:00.000Z"),
    });
    await users.clearBlacklist(admin, { organisationId: orgId, reason: "已修复信用" });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({ creditBlacklisted: false, blacklistReason: null, blacklistedAt: null });
    await expect(users.clearBlacklist(admin, { organisationId: orgId, reason: "再次撤销" })).rejects.toMatchObject({ code: "bad_state" });
    const events = await db.auditEvent.findMany({ where: { action: { in: ["org_blacklist", "org_blacklist_clear"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, (e.data as { organisationId: string }).organisationId])).toEqual([["org_blacklist", orgId], ["org_blacklist_clear", orgId]]);
    expect(events[1].data).toMatchObject({ previousReason: "列入严重失信主体名单", reason: "已修复信用" });
  });
});

describe("LPR table", () => {
  it("adds a month and moves knownThrough forward, audited; the rules use them from the next evaluation", async () => {
    const { db } = await import("../db/client");
    const lpr = await import("./lpr");
    const { roundParams } = await import("../cases/rules-input");
    const { engine } = await import("../../rules");
    const admin = await makeStaff(db, "admin");
    const round = await makeRound(db);
    // a loan contracted in January 2027 needs the December 2026 LPR (a full year of interest: paid in 2028)
    const facts = { isSme: true, principalFen: 1_000_000_000, contractDate: "2027-01-10", loanDaysInYear: 365, interestPaidFen: 30_000_000, eventDate: "2028-06-30" };
    const evaluate = async () => engine.evaluate({
      measure: "c25-ip-pledge-interest", applicant: { orgType: "enterprise", registeredInCity: true, creditBlacklisted: false }, subject: "s", facts,
      params: await roundParams(db, round.id),
    });
    expect((await evaluate()).eligible).toBe(false);

    await expect(lpr.addLprRate(admin, { month: "2025-05", bp: 290 })).rejects.toMatchObject({ fieldErrors: { month: "lpr_month_exists" } });
    await expect(lpr.addLprRate(admin, { month: "2026-13", bp: 0 })).rejects.toMatchObject({ fieldErrors: { month: "month", bp: "bp" } });
    await lpr.addLprRate(admin, { month: "2026-12", bp: 290 });
    expect((await evaluate()).eligible).toBe(false); // still beyond knownThrough (2026-11)
    await expect(lpr.moveKnownThrough(admin, { knownThrough: "2026-10" })).rejects.toMatchObject({ fieldErrors: { knownThrough: "known_through_backward" } });
    // far dates are refused, not stored (a knownThrough of 9999-12 would make every future month "known")
    await expect(lpr.moveKnownThrough(admin, { knownThrough: "9999-12" })).rejects.toMatchObject({ fieldErrors: { knownThrough: "month" } });
    await expect(lpr.addLprRate(admin, { month: "0001-01", bp: 290 })).rejects.toMatchObject({ fieldErrors: { month: "month" } });
    await lpr.moveKnownThrough(admin, { knownThrough: "2027-03" });
    const after = await evaluate();
    // ¥10m × 2.90% × 20% for a full year = ¥58,000
    expect(after).toMatchObject({ eligible: true, ceilingFen: 5_800_000 });
    expect((await lpr.lprTable(admin)).knownThrough).toBe("2027-03");
    const events = await db.auditEvent.findMany({ where: { action: { startsWith: "lpr_" } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.data])).toEqual([["lpr_add", { month: "2026-12", bp: 290 }], ["lpr_known_through", { from: "2026-11", to: "2027-03" }]]);
  });
});
