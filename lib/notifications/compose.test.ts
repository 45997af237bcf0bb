import { describe, expect, it } from "vitest";
import { absoluteUrl, caseHref, composeMail, composeSms } from "./compose";

describe("mail text", () => {
  const msg = { titleZh: "申报 WH-1 状态：退回修改", titleEn: "Application WH-1: Returned", bodyZh: "下一步：请修改\n<b>不是标签</b>", bodyEn: "Next: correct it" };
  const link = { url: "https://portal.example/applicant/cases/c1", zh: "查看详情", en: "Open it" };

  it("puts Chinese first, then English, each with the link, in text and html", () => {
    const m = composeMail(msg, link);
    expect(m.subject).toBe("申报 WH-1 状态：退回修改 | Application WH-1: Returned");
    expect(m.text.indexOf("下一步")).toBeLessThan(m.text.indexOf("Next: correct it"));
    expect(m.text).toContain("查看详情: https://portal.example/applicant/cases/c1");
    expect(m.text).toContain("Open it: https://portal.example/applicant/cases/c1");
    // what people typed (a case subject) is escaped in the html
    expect(m.html).toContain("&lt;b&gt;不是标签&lt;/b&gt;");
    expect(m.html).not.toContain("<b>不是标签");
  });

  it("links each role to its own case page and builds absolute URLs from the base", () => {
    expect(caseHref("applicant", "c1")).toBe("/applicant/cases/c1");
    expect(caseHref("reviewer", "c1")).toBe("/review/cases/c1");
    expect(caseHref("finance", "c1")).toBe("/finance/cases/c1");
    expect(caseHref("admin", "c1")).toBeNull();
    expect(caseHref("applicant", null)).toBeNull();
    expect(absoluteUrl("https://portal.example/base", "/x?y=1")).toBe("https://portal.example/base/x?y=1");
    expect(absoluteUrl("http://127.0.0.1:3302/", "/sign-in")).toBe("http://127.0.0.1:3302/sign-in");
    expect(composeSms(msg, link.url)).toBe("【威海市科技政策兑现平台】申报 WH-1 状态：退回修改 https://portal.example/applicant/cases/c1");
  });
});
