import { describe, expect, it } from "vitest";
import { attachmentFileName, contentDisposition } from "./file-name";

describe("attachmentFileName", () => {
  it("gives the name the extension of the sniffed type, keeping the base name", () => {
    expect(attachmentFileName("report.html", "application/pdf")).toBe("report.pdf");
    expect(attachmentFileName("report.HTML", "application/pdf")).toBe("report.pdf");
    expect(attachmentFileName("report", "application/pdf")).toBe("report.pdf");
    expect(attachmentFileName("invoice.pdf.exe", "application/pdf")).toBe("invoice.pdf.pdf");
    expect(attachmentFileName("scan.pdf", "image/png")).toBe("scan.png");
    expect(attachmentFileName("photo.png", "image/jpeg")).toBe("photo.jpg");
    expect(attachmentFileName("logo.svg", "image/png")).toBe("logo.png");
  });

  it("keeps a name whose extension already fits, in its own case", () => {
    expect(attachmentFileName("2025年研发投入统计报表.pdf", "application/pdf")).toBe("2025年研发投入统计报表.pdf");
    expect(attachmentFileName("Scan.PDF", "application/pdf")).toBe("Scan.PDF");
    expect(attachmentFileName("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
    expect(attachmentFileName("photo.JPG", "image/jpeg")).toBe("photo.JPG");
  });

  it("removes bidi controls, so a name cannot show another extension than it has", () => {
    // "evil\u202Efdp.exe" displays as "evilexe.pdf"
    expect(attachmentFileName("evil\u202Efdp.exe", "application/pdf")).toBe("evilfdp.pdf");
    for (const c of ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"]) {
      expect(attachmentFileName(`a${c}b.pdf`, "application/pdf"), `U+${c.charCodeAt(0).toString(16)}`).toBe("ab.pdf");
    }
  });

  it("removes other control characters, path parts and characters a file system refuses", () => {
    expect(attachmentFileName("a\u0000b\u0007c\u001f\u007f\u0085d.pdf", "application/pdf")).toBe("abcd.pdf");
    expect(attachmentFileName("line\u2028break.pdf", "application/pdf")).toBe("linebreak.pdf");
    expect(attachmentFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(attachmentFileName("C:\\Users\\x\\a<b>\"c|d:e*f?.pdf", "application/pdf")).toBe("abcdef.pdf");
    expect(attachmentFileName("  report.pdf.  ", "application/pdf")).toBe("report.pdf");
  });

  it("never returns an empty, hidden or overlong name", () => {
    expect(attachmentFileName("", "application/pdf")).toBe("file.pdf");
    expect(attachmentFileName("\u202E", "image/png")).toBe("file.png");
    expect(attachmentFileName(".pdf", "application/pdf")).toBe("file.pdf");
    expect(attachmentFileName("...hidden.pdf", "application/pdf")).toBe("hidden.pdf");
    const long = attachmentFileName(`${"研".repeat(300)}.html`, "application/pdf");
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith("研.pdf")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("sends an ASCII fallback and the UTF-8 name as RFC 5987 filename*", () => {
    expect(contentDisposition("attachment", "report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(contentDisposition("inline", "证书 (1).pdf")).toBe(`inline; filename="__ _1_.pdf"; filename*=UTF-8''%E8%AF%81%E4%B9%A6%20%281%29.pdf`);
  });

  it("never lets a quote, backslash, semicolon or line break through", () => {
    const h = contentDisposition("attachment", 'a"b\\c;d\r\ne\'f*.pdf');
    expect(h).toBe(`attachment; filename="a_b_c_d__e_f_.pdf"; filename*=UTF-8''a%22b%5Cc%3Bd%0D%0Ae%27f%2A.pdf`);
  });
});
