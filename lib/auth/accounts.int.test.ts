import { describe, expect, it, vi } from "vitest";

// counts the bcrypt comparisons sign-in makes (the real comparison still runs)
const checks = vi.hoisted(() => ({ n: 0 }));
vi.mock("./password", async (orig) => {
  const real = await orig<typeof import("./password")>();
  return { ...real, verifyPassword: (plain: string, hash: string) => (checks.n++, real.verifyPassword(plain, hash)) };
});
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

const reg = {
  creditCode: "91371000MA3C8QXK1C", orgName: "威海测试科技有限公司", orgType: "enterprise",
  contactName: "测试", contactPhone: "13800000000", email: "t1@example.com", password: "Secret12345",
};

describe("register and sign in", () => {
  it("registers an organisation with its first user and signs in by email and by credit code", async () => {
    const { registerApplicant } = await import("./register");
    const { signIn } = await import("./sign-in");
    const { db } = await import("../db/client");
    await registerApplicant(reg);
    const user = await db.user.findUniqueOrThrow({ where: { email: reg.email } });
    expect(user.passwordHash).not.toContain(reg.password);
    expect(user.role).toBe("applicant");
    expect((await signIn("T1@example.com", reg.password, "1.1.1.1")).id).toBe(user.id);
    expect((await signIn("91371000ma3c8qxk1c", reg.password, "1.1.1.1")).organisationId).toBe(user.organisationId);
    await expect(signIn("t1@example.com", "wrong-password1", "1.1.1.1")).rejects.toMatchObject({ code: "invalid" });
  });

  it("a second registration of a known email changes nothing; of a known code, makes an account without an organisation", async () => {
    const { registerApplicant } = await import("./register");
    const { db } = await import("../db/client");
    const [users, orgs] = [await db.user.count(), await db.organisation.count()];
    await registerApplicant({ ...reg, creditCode: "914403001922038216" });
    expect([await db.user.count(), await db.organisation.count()]).toEqual([users, orgs]);
    // the claimant of a taken code gets an account of its own, bound to nothing, to dispute the code from
    await registerApplicant({ ...reg, email: "t2@example.com" });
    expect([await db.user.count(), await db.organisation.count()]).toEqual([users + 1, orgs]);
    expect((await db.user.findUniqueOrThrow({ where: { email: "t2@example.com" } })).organisationId).toBeNull();
    const org = await db.organisation.findUniqueOrThrow({ where: { creditCode: reg.creditCode } });
    expect(org.verifiedAt).toBeNull();
    expect(org.registeredInCity).toBe(true); // 371000: proposed by the code
  });
});

describe("sign-in throttling", () => {
  it("locks an account after 5 failures in 15 minutes, even for the right password", async () => {
    const { signIn } = await import("./sign-in");
    const { registerApplicant } = await import("./register");
    await registerApplicant({ ...reg, creditCode: "91110000802100433B", email: "t3@example.com" });
    for (let i = 0; i < 5; i++) {
      await expect(signIn("t3@example.com", "bad-password-" + i, `10.0.0.${i}`)).rejects.toMatchObject({ code: "invalid" });
    }
    await expect(signIn("t3@example.com", reg.password, "10.0.0.99")).rejects.toMatchObject({ code: "throttled" });
    // the refusal is recorded against nobody else: another account from the same IPs signs in
    await expect(signIn("t1@example.com", reg.password, "10.0.0.98")).resolves.toMatchObject({ role: "applicant" });
  });

  it("locks an IP after 5 failures across accounts", async () => {
    const { signIn } = await import("./sign-in");
    for (let i = 0; i < 5; i++) {
      await expect(signIn(`nobody${i}@example.com`, "x-password-1", "9.9.9.9")).rejects.toMatchObject({ code: "invalid" });
    }
    await expect(signIn("91371000MA3C8QXK1C", reg.password, "9.9.9.9")).rejects.toMatchObject({ code: "throttled" });
    // another IP for the same (unlocked) credit-code account still works
    await expect(signIn("91371000MA3C8QXK1C", reg.password, "8.8.8.8")).resolves.toMatchObject({ role: "applicant" });
  });
});

describe("sign-in throttling under concurrency", () => {
  it("20 parallel guesses on one account make at most 5 password checks; the rest are throttled", async () => {
    const { signIn } = await import("./sign-in");
    const { registerApplicant } = await import("./register");
    await registerApplicant({ ...reg, creditCode: "91440300MA5DXXX146", email: "race@example.com" });
    checks.n = 0;
    // each guess from its own address, so only the account's limit applies; one of them is right
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => signIn("race@example.com", i === 19 ? reg.password : `wrong-guess-${i}`, `172.16.0.${i}`)),
    );
    const codes = results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as { code: string }).code));
    expect(checks.n).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c !== "throttled").length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === "throttled").length).toBeGreaterThanOrEqual(15);
  });
});

describe("answers that disclose nothing", () => {
  it("a deactivated account answers 'invalid' for the right password as for a wrong one", async () => {
    const { signIn } = await import("./sign-in");
    const { registerApplicant } = await import("./register");
    const { db } = await import("../db/client");
    await registerApplicant({ ...reg, creditCode: "91310000MA1FL8LQ1X", email: "gone@example.com" });
    await db.user.update({ where: { email: "gone@example.com" }, data: { active: false } });
    await expect(signIn("gone@example.com", "wrong-password-9", "172.17.0.1")).rejects.toMatchObject({ code: "invalid" });
    await expect(signIn("gone@example.com", reg.password, "172.17.0.2")).rejects.toMatchObject({ code: "invalid" });
  });

  it("sign-up with a taken email or credit code answers exactly as a fresh sign-up; it creates no organisation", async () => {
    const { registerApplicant } = await import("./register");
    const { db } = await import("../db/client");
    const fresh = await registerApplicant({ ...reg, creditCode: "91330000MA27U0XH6F", email: "fresh@example.com" });
    const [users, orgs] = [await db.user.count(), await db.organisation.count()];
    const takenCode = await registerApplicant({ ...reg, email: "other@example.com" });
    const takenEmail = await registerApplicant({ ...reg, creditCode: "91320000MA1MXXXX3D", email: "t1@example.com" });
    expect(takenCode).toEqual(fresh);
    expect(takenEmail).toEqual(fresh);
    // the taken code's claimant gets an account bound to nothing (to dispute from); the taken email nothing
    expect([await db.user.count(), await db.organisation.count()]).toEqual([users + 1, orgs]);
  });
});
