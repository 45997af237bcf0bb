import { describe, expect, it } from "vitest";
import { safeNextPath } from "./navigation";

const ORIGIN = "http://127.0.0.1:3000";

describe("safeNextPath: where sign-in may send the user", () => {
  // values as the page receives them (searchParams are decoded once): a browser reads "\" as "/"
  // and drops tabs and newlines, so each of these would leave the site
  it.each([
    ["/\\host/"], ["/\thost/"], ["/\t/host/"], ["/\n/host"], ["//host"], ["https://evil"], ["/%5Chost/"], ["javascript:alert(1)"],
    ["\\\\host"], ["/\\/host"], [" //host"], ["http:/host"], [""], [undefined],
  ])("refuses %j", (next) => {
    expect(safeNextPath(next, ORIGIN)).toBeNull();
  });

  it.each([
    ["/applicant", "/applicant"],
    ["/review?tab=mine#top", "/review?tab=mine#top"],
    ["/measures/c09-rnd-increment", "/measures/c09-rnd-increment"],
  ])("keeps the same-origin path %j", (next, want) => {
    expect(safeNextPath(next, ORIGIN)).toBe(want);
  });
});
