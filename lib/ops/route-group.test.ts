// Metrics labels stay few: a fixed route group per path, never the path (ids would make a series each).
import { describe, expect, it } from "vitest";
import { routeGroup, statusClass } from "../../server/metrics.mjs";

describe("routeGroup", () => {
  it("maps paths to a fixed set of groups", () => {
    expect(routeGroup("/review/cases/ckx123abc")).toBe("review");
    expect(routeGroup("/applicant/cases/ckx123abc/edit")).toBe("applicant");
    expect(routeGroup("/api/cases/ckx123abc/submit")).toBe("submit");
    expect(routeGroup("/api/cases/ckx123abc/attachments")).toBe("attachments");
    expect(routeGroup("/api/attachments/ckx123abc")).toBe("attachments");
    expect(routeGroup("/api/auth/callback/credentials")).toBe("auth");
    expect(routeGroup("/api/ready")).toBe("ops");
    expect(routeGroup("/_next/static/chunks/x.js")).toBe("static");
    expect(routeGroup("/measures/c09-rnd-increment")).toBe("public");
    expect(routeGroup("/reviewers-not-a-route")).toBe("public");
  });

  it("gives status classes", () => {
    expect([200, 303, 404, 503].map(statusClass)).toEqual(["2xx", "3xx", "4xx", "5xx"]);
  });
});
