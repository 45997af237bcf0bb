import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, useDatabase, type TestDb } from "../testing/test-db";

let d: TestDb;
beforeAll(async () => {
  d = await createTestDatabase();
  await useDatabase(d.url);
});
afterAll(async () => {
  const { db } = await import("../db/client");
  await db.$disconnect();
  await d.drop();
});

const reg = {
  creditCode: "91371000MA3C8QXK09", orgName: "威海测试科技有限公司", orgType: "enterprise", registeredInCity: true,
  contactName: "测试", contactPhone: "13800000000", email: "t1@example.com", password: "Secret12345",
};

describe("register and sign in", () => {
  it("registers an organisation with its first user and signs in by email and by credit code", async () => {
    const { registerApplicant } = await import("./register");
    const { signIn } = await import("./sign-in");
    const { db } = await import("../db/client");
    const r = await registerApplicant(reg);
    const user = await db.user.findUniqueOrThrow({ where: { id: r.userId } });
    expect(user.passwordHash).not.toContain(reg.password);
    expect(user.role).toBe("applicant");
    expect((await signIn("T1@example.com", reg.password, "1.1.1.1")).id).toBe(r.userId);
    expect((await signIn("91371000ma3c8qxk09", reg.password, "1.1.1.1")).organisationId).toBe(r.organisationId);
    await expect(signIn("t1@example.com", "wrong-password1", "1.1.1.1")).rejects.toMatchObject({ code: "invalid" });
  });

  it("refuses a second registration of the same credit code or email, changing nothing", async () => {
    const { registerApplicant } = await import("./register");
    const { db } = await import("../db/client");
    const before = await db.user.count();
    await expect(registerApplicant({ ...reg, email: "t2@example.com" })).rejects.toMatchObject({ fieldErrors: { creditCode: "credit_code_taken" } });
    await expect(registerApplicant({ ...reg, creditCode: "914403001922038216" })).rejects.toMatchObject({ fieldErrors: { email: "email_taken" } });
    expect(await db.user.count()).toBe(before);
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
    await expect(signIn("91371000MA3C8QXK09", reg.password, "9.9.9.9")).rejects.toMatchObject({ code: "throttled" });
    // another IP for the same (unlocked) credit-code account still works
    await expect(signIn("91371000MA3C8QXK09", reg.password, "8.8.8.8")).resolves.toMatchObject({ role: "applicant" });
  });
});
