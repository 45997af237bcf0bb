// The action wrapper refuses input PostgreSQL cannot store (NUL characters) before the schema and the
// action run, with the path of the offending field. (Integration project: it stubs server-only.)
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "../auth/sign-in";

const session = vi.hoisted(() => ({ user: null as SessionUser | null, factor: "ok" as "ok" | "enrol" | "verify" }));
vi.mock("../auth/session", async (orig) => ({
  ...(await orig<typeof import("../auth/session")>()),
  currentUser: async () => session.user,
  // the action wrapper reads the whole session (its second factor passed)
  currentSession: async () => (session.user ? { user: session.user, sid: "test-session", factor: session.factor } : null),
}));

describe("defineAction and NUL characters", () => {
  it("refuses a NUL in any string or key of the input, with its path, and never runs the action", async () => {
    const { defineAction } = await import("./define-action");
    session.user = { id: "u1", role: "admin", name: "管理员", email: "a@example.com", bureauId: null, organisationId: null, sessionVersion: 0 };
    const run = vi.fn(async () => "ran");
    const action = defineAction(["admin"], z.object({ id: z.string(), facts: z.record(z.string(), z.unknown()) }), run);
    expect(await action({ id: "a\u0000b", facts: {} })).toEqual({ ok: false, error: "validation", fieldErrors: { id: "invalid" } });
    expect(await action({ id: "x", facts: { list: ["ok", "n\u0000"] } })).toEqual({ ok: false, error: "validation", fieldErrors: { "facts.list.1": "invalid" } });
    expect(await action({ id: "x", facts: { "k\u0000": 1 } })).toEqual({ ok: false, error: "validation", fieldErrors: { "facts.k\u0000": "invalid" } });
    expect(await action("\u0000")).toEqual({ ok: false, error: "validation", fieldErrors: { _: "invalid" } });
    const cyclic: Record<string, unknown> = { id: "x", facts: {} };
    (cyclic.facts as Record<string, unknown>).self = cyclic;
    expect(await action(cyclic)).toMatchObject({ ok: true });
    expect(run).toHaveBeenCalledTimes(1);
    expect(await action({ id: "x", facts: { a: "fine" } })).toEqual({ ok: true, data: "ran" });
  });

  it("still checks the role first: a signed-out caller learns nothing about the input", async () => {
    const { defineAction } = await import("./define-action");
    session.user = null;
    const action = defineAction(["admin"], z.object({ id: z.string() }), async () => "ran");
    expect(await action({ id: "a\u0000b" })).toEqual({ ok: false, error: "unauthenticated" });
  });
});

describe("defineAction and the second factor (ADR 022)", () => {
  const reviewer: SessionUser = { id: "u2", role: "reviewer", name: "审核员", email: "r@example.com", bureauId: "sci-tech", organisationId: null, sessionVersion: 0 };

  it("a session that owes its factor is forbidden every role action, is a visitor to public ones, and may only enrol", async () => {
    const { defineAction, defineEnrolmentAction, definePublicAction } = await import("./define-action");
    const run = vi.fn(async () => "ran");
    const act = defineAction(["reviewer"], z.object({}), run);
    const pub = definePublicAction(z.object({}), async (_i, user) => user?.id ?? "visitor");
    const enrol = defineEnrolmentAction(z.object({}), async (_i, s) => `${s.user.id}:${s.factor}`);
    session.user = reviewer;
    for (const factor of ["enrol", "verify"] as const) {
      session.factor = factor;
      expect(await act({})).toEqual({ ok: false, error: "forbidden" });
      expect(await pub({})).toEqual({ ok: true, data: "visitor" });
    }
    expect(run).not.toHaveBeenCalled();
    session.factor = "enrol";
    expect(await enrol({})).toEqual({ ok: true, data: "u2:enrol" });
    // a password-only session of an enrolled user signs in again instead
    session.factor = "verify";
    expect(await enrol({})).toEqual({ ok: false, error: "forbidden" });
    session.factor = "ok";
    expect(await act({})).toEqual({ ok: true, data: "ran" });
    expect(await pub({})).toEqual({ ok: true, data: "u2" });
    session.user = null;
    expect(await enrol({})).toEqual({ ok: false, error: "unauthenticated" });
  });
});
