import { describe, expect, it } from "vitest";
import { MultipartFile, MultipartForm, readMultipart } from "./multipart";

const MB = 1024 * 1024;

/** the platform's own multipart encoding of `fd`, parsed by readMultipart and by Request.formData() */
async function parseBoth(fd: FormData) {
  const req = new Request("http://x", { method: "POST", body: fd });
  const expected = await req.clone().formData();
  const form = await readMultipart(req, 10 * MB);
  return { form, expected };
}

/** a hand-made body, parsed by readMultipart and by Request.formData() ("invalid" where it throws) */
async function parseBothRaw(body: string, contentType: string) {
  const req = new Request("http://x", { method: "POST", body, headers: { "content-type": contentType } });
  const expected = await req.clone().formData().catch(() => "invalid" as const);
  const form = await readMultipart(req, 10 * MB);
  return { form, expected };
}

/** the same names, text values and files (name, type, bytes) as FormData.get gives */
async function expectSame(form: MultipartForm | string, expected: FormData) {
  expect(form).toBeInstanceOf(MultipartForm);
  const names = [...new Set(expected.keys())];
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const want = expected.get(name)!;
    const got = (form as MultipartForm).get(name);
    if (typeof want === "string") {
      expect(got, name).toBe(want);
    } else {
      expect(got, name).toBeInstanceOf(MultipartFile);
      const file = got as MultipartFile;
      expect({ name: file.name, type: file.type, size: file.size }, name).toEqual({ name: want.name, type: want.type, size: want.size });
      expect(file.bytes.equals(Buffer.from(await want.arrayBuffer())), name).toBe(true);
    }
  }
}

describe("readMultipart on what the platform encodes", () => {
  it("reads text fields and a PDF with a Chinese name as formData does", async () => {
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(5000, 7)]);
    const fd = new FormData();
    fd.append("slot", "R&D 报表");
    fd.append("file", new File([pdf], "研发投入统计报表.pdf", { type: "application/pdf" }));
    const { form, expected } = await parseBoth(fd);
    await expectSame(form, expected);
    const file = (form as MultipartForm).get("file") as MultipartFile;
    expect(file.name).toBe("研发投入统计报表.pdf");
    expect(file.type).toBe("application/pdf");
    expect(file.bytes.equals(pdf)).toBe(true);
    expect((form as MultipartForm).get("slot")).toBe("R&D 报表");
    expect((form as MultipartForm).get("absent")).toBeNull();
  });

  it("decodes quotes, CR, LF and a literal %22 in names and filenames as formData does", async () => {
    const fd = new FormData();
    fd.append('a"b\nc', "v");
    fd.append("file", new File(["x"], 'say "hi"\r\nthere %22 %0a.pdf', { type: "application/pdf" }));
    const { form, expected } = await parseBoth(fd);
    await expectSame(form, expected);
    expect((form as MultipartForm).get('a"b\r\nc')).toBe("v"); // the encoder sends a name's LF as CRLF
    expect(((form as MultipartForm).get("file") as MultipartFile).name).toBe('say "hi"\r\nthere " \n.pdf');
  });

  it("keeps binary bytes, CRLF-- runs and the boundary's own prefix inside a file", async () => {
    // undici's boundaries start "----formdata-undici-0": a part may hold that much of one
    const bin = Buffer.concat([Buffer.from([0, 255, 13, 10, 45, 45, 13, 10]), Buffer.from("\r\n--\r\n------formdata-undici-0\r\n--x--\r\n"), Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256))]);
    const fd = new FormData();
    fd.append("file", new File([bin], "a.bin", { type: "application/octet-stream" }));
    fd.append("after", "still here");
    const { form, expected } = await parseBoth(fd);
    await expectSame(form, expected);
    expect(((form as MultipartForm).get("file") as MultipartFile).bytes.equals(bin)).toBe(true);
  });

  it("gives an empty file as a file of size 0, and an empty text as \"\"", async () => {
    const fd = new FormData();
    fd.append("file", new File([], "empty.pdf", { type: "application/pdf" }));
    fd.append("note", "");
    const { form, expected } = await parseBoth(fd);
    await expectSame(form, expected);
    const file = (form as MultipartForm).get("file");
    expect(file).toBeInstanceOf(MultipartFile);
    expect((file as MultipartFile).size).toBe(0);
    expect((form as MultipartForm).get("note")).toBe("");
  });

  it("gives the first of several values with one name", async () => {
    const fd = new FormData();
    fd.append("k", "first");
    fd.append("f", new File(["one"], "1.txt"));
    fd.append("k", "second");
    fd.append("f", new File(["two"], "2.txt"));
    const { form, expected } = await parseBoth(fd);
    await expectSame(form, expected);
    expect((form as MultipartForm).get("k")).toBe("first");
    expect(((form as MultipartForm).get("f") as MultipartFile).name).toBe("1.txt");
  });

  it("does not copy the files: they are views into one buffer", async () => {
    const fd = new FormData();
    fd.append("a", new File([Buffer.alloc(10_000, 1)], "a.bin"));
    fd.append("b", new File([Buffer.alloc(10_000, 2)], "b.bin"));
    const { form } = await parseBoth(fd);
    const a = (form as MultipartForm).get("a") as MultipartFile;
    const b = (form as MultipartForm).get("b") as MultipartFile;
    expect(a.bytes.buffer).toBe(b.bytes.buffer);
    expect(a.bytes.every((x) => x === 1) && b.bytes.every((x) => x === 2)).toBe(true);
  });
});

const CT = "multipart/form-data; boundary=XyZ";

describe("readMultipart on hand-made bodies", () => {
  it("reads a quoted boundary with RFC 2046's odd characters and a case-insensitive parameter name", async () => {
    const b = "a'()+_,-./:=? z";
    const { form, expected } = await parseBothRaw(`--${b}\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--${b}--\r\n`, `Multipart/Form-Data; BOUNDARY="${b}"`);
    expect(expected).not.toBe("invalid");
    await expectSame(form, expected as FormData);
    expect((form as MultipartForm).get("x")).toBe("1");
  });

  it("gives a file part without Content-Type text/plain, and lowercases one that has it", async () => {
    const body = `--XyZ\r\ncontent-disposition: form-data; name="a"; filename="a.txt"\r\n\r\nA\r\n--XyZ\r\nContent-Disposition: form-data; name="b"; filename="b.pdf"\r\nContent-Type: Application/PDF\r\n\r\nB\r\n--XyZ--`;
    const { form, expected } = await parseBothRaw(body, CT);
    await expectSame(form, expected as FormData);
    expect(((form as MultipartForm).get("a") as MultipartFile).type).toBe("text/plain");
    expect(((form as MultipartForm).get("b") as MultipartFile).type).toBe("application/pdf");
  });

  it("prefers filename*=UTF-8'' (percent-encoded) to filename", async () => {
    const name = "研发投入 \"统计\".pdf";
    const body = `--XyZ\r\nContent-Disposition: form-data; name="file"; filename="fallback.pdf"; filename*=UTF-8''${encodeURIComponent(name)}\r\n\r\n%PDF-\r\n--XyZ\r\nContent-Disposition: form-data; name="only"; filename*=utf-8'zh'${encodeURIComponent(name)}\r\n\r\n\r\n--XyZ--\r\n`;
    const form = await readMultipart(new Request("http://x", { method: "POST", body, headers: { "content-type": CT } }), MB);
    expect(form).toBeInstanceOf(MultipartForm);
    expect(((form as MultipartForm).get("file") as MultipartFile).name).toBe(name);
    expect(((form as MultipartForm).get("only") as MultipartFile).name).toBe(name);
  });

  it("ends a part only at CRLF--boundary, not at the boundary alone (undici stops at the bare boundary)", async () => {
    const body = `--XyZ\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\nXyZ x--XyZ\r\n--XyZ--\r\n`;
    const form = await readMultipart(new Request("http://x", { method: "POST", body, headers: { "content-type": CT } }), MB);
    expect(((form as MultipartForm).get("f") as MultipartFile).bytes.toString()).toBe("XyZ x--XyZ");
  });

  it("skips a preamble and an epilogue", async () => {
    const body = `preamble\r\n--XyZ\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--XyZ--\r\nepilogue`;
    const form = await readMultipart(new Request("http://x", { method: "POST", body, headers: { "content-type": CT } }), MB);
    expect(form).toBeInstanceOf(MultipartForm);
    expect((form as MultipartForm).get("x")).toBe("1");
  });

  it.each([
    ["no closing delimiter", `--XyZ\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n`],
    ["a truncated file", `--XyZ\r\nContent-Disposition: form-data; name="f"; filename="a.pdf"\r\n\r\n%PDF-1.7 and then noth`],
    ["headers without CRLFCRLF", `--XyZ\r\nContent-Disposition: form-data; name="x"`],
    ["a part without a name", `--XyZ\r\nContent-Disposition: form-data; filename="a.pdf"\r\n\r\n1\r\n--XyZ--\r\n`],
    ["a part without headers", `--XyZ\r\n\r\n1\r\n--XyZ--\r\n`],
    ["a disposition other than form-data", `--XyZ\r\nContent-Disposition: attachment; name="x"\r\n\r\n1\r\n--XyZ--\r\n`],
    ["a header line without a colon", `--XyZ\r\nContent-Disposition: form-data; name="x"\r\nbogus\r\n\r\n1\r\n--XyZ--\r\n`],
    ["an unterminated quoted name", `--XyZ\r\nContent-Disposition: form-data; name="x\r\n\r\n1\r\n--XyZ--\r\n`],
    ["text after a delimiter", `--XyZ\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--XyZjunk\r\n--XyZ--\r\n`],
    ["garbage", "\u0000\u00ff not multipart at all"],
    ["an empty body", ""],
  ])("refuses %s, as formData does", async (_, body) => {
    const { form, expected } = await parseBothRaw(body, CT);
    expect(expected).toBe("invalid");
    expect(form).toBe("invalid");
  });

  it("refuses a filename* in another charset or with broken percent-encoding", async () => {
    for (const ext of ["ISO-8859-1''caf%E9.pdf", "UTF-8''%E7%A0.pdf", "plain.pdf"]) {
      const body = `--XyZ\r\nContent-Disposition: form-data; name="f"; filename*=${ext}\r\n\r\n1\r\n--XyZ--\r\n`;
      expect(await readMultipart(new Request("http://x", { method: "POST", body, headers: { "content-type": CT } }), MB), ext).toBe("invalid");
    }
  });

  it.each([
    ["no content-type", null],
    ["another type", "application/x-www-form-urlencoded"],
    ["no boundary", "multipart/form-data"],
    ["an empty boundary", 'multipart/form-data; boundary=""'],
    ["a boundary over 70 characters", `multipart/form-data; boundary=${"b".repeat(71)}`],
    ["multipart/mixed", "multipart/mixed; boundary=XyZ"],
  ])("refuses %s without reading the body", async (_, contentType) => {
    const body = new Blob([`--XyZ\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--XyZ--\r\n`]);
    const req = new Request("http://x", { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} });
    expect(await readMultipart(req, MB)).toBe("invalid");
    expect(req.bodyUsed).toBe(false);
  });
});

describe("readMultipart's size limit", () => {
  /** an endless multipart body in 64 KB chunks, counting what was pulled and whether it was cancelled */
  function endless() {
    const seen = { pulls: 0, cancelled: false };
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(`--XyZ\r\nContent-Disposition: form-data; name="f"; filename="big.pdf"\r\n\r\n`));
      },
      pull(c) {
        seen.pulls++;
        c.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    });
    const req = new Request("http://x", { method: "POST", body, headers: { "content-type": CT }, duplex: "half" } as RequestInit);
    return { req, seen };
  }

  it("answers too_large once the body passes maxBytes, and stops reading there", async () => {
    const { req, seen } = endless();
    expect(await readMultipart(req, MB)).toBe("too_large");
    expect(seen.cancelled).toBe(true);
    expect(seen.pulls).toBeGreaterThanOrEqual(16);
    expect(seen.pulls).toBeLessThanOrEqual(18); // 1 MB is 16 chunks; one more passes it, one may be queued ahead
  });

  it("takes a body of exactly maxBytes", async () => {
    const fd = new FormData();
    fd.append("f", new File([Buffer.alloc(100_000)], "a.bin"));
    const req = new Request("http://x", { method: "POST", body: fd });
    const size = (await req.clone().arrayBuffer()).byteLength;
    expect(await readMultipart(req.clone(), size)).toBeInstanceOf(MultipartForm);
    expect(await readMultipart(req, size - 1)).toBe("too_large");
  });
});
