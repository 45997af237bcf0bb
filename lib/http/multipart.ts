// A multipart/form-data body read once and cut into parts without copying them: what
// Request.formData() gives the upload routes, without undici's copies of a file part (its parser's
// concat, then File/Blob reads) — several milliseconds of CPU per megabyte uploaded.
// Names and filenames are read as browsers and undici write them (the HTML spec): raw UTF-8, with
// `"`, CR and LF sent as %22, %0D and %0A.
import { readBody } from "./body";

export class MultipartFile {
  constructor(
    /** the filename the client sent */
    readonly name: string,
    /** the part's Content-Type, as File.type has it */
    readonly type: string,
    /** a view into the one body buffer, not a copy */
    readonly bytes: Buffer,
  ) {}

  get size() {
    return this.bytes.length;
  }
}

type Entry = [name: string, value: string | MultipartFile];

export class MultipartForm {
  constructor(private readonly entries: Entry[]) {}

  /** the first value with this name, as FormData.get: a file part (one with a filename) or text */
  get(name: string): string | MultipartFile | null {
    return this.entries.find(([n]) => n === name)?.[1] ?? null;
  }
}

/**
 * The form in `req`'s body; "too_large" as soon as more than `maxBytes` have come in (the rest is
 * never read), "invalid" for anything that is not a well-formed multipart/form-data body.
 */
export async function readMultipart(req: Request, maxBytes: number): Promise<MultipartForm | "too_large" | "invalid"> {
  const boundary = boundaryOf(req.headers.get("content-type"));
  if (!boundary) return "invalid";
  const body = await readBody(req, maxBytes);
  return typeof body === "string" ? body : parse(body, boundary);
}

/** RFC 2046: 1 to 70 of these characters, not ending in a space */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;

function boundaryOf(contentType: string | null): string | null {
  if (contentType?.split(";")[0].trim().toLowerCase() !== "multipart/form-data") return null;
  const m = /;\s*boundary=(?:"([^"]*)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  return boundary && BOUNDARY.test(boundary) ? boundary : null;
}

const utf8 = new TextDecoder();

function parse(body: Buffer, boundary: string): MultipartForm | "invalid" {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter may open the body without its CRLF; anything before it is a preamble.
  const opens = body.subarray(0, delimiter.length - 2).equals(delimiter.subarray(2));
  const first = opens ? -2 : body.indexOf(delimiter); // -2: where its CRLF would have started
  if (first === -1) return "invalid";
  let at = first + delimiter.length;
  const entries: Entry[] = [];
  for (;;) {
    // after a delimiter: "--" closes the body (an epilogue after it is ignored), CRLF opens a part
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return new MultipartForm(entries);
    if (body[at] !== 0x0d || body[at + 1] !== 0x0a) return "invalid";
    const headersEnd = body.indexOf("\r\n\r\n", at);
    if (headersEnd === -1) return "invalid";
    const headers = partHeaders(body.toString("utf8", at + 2, headersEnd));
    if (!headers) return "invalid";
    const start = headersEnd + 4;
    const end = body.indexOf(delimiter, start);
    if (end === -1) return "invalid";
    const bytes = body.subarray(start, end);
    entries.push([headers.name, headers.filename === undefined ? utf8.decode(bytes) : new MultipartFile(headers.filename, headers.type, bytes)]);
    at = end + delimiter.length;
  }
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const strip = (s: string) => s.replace(/^[ \t]+|[ \t]+$/g, "");

function partHeaders(block: string): { name: string; filename?: string; type: string } | null {
  let disposition: ReturnType<typeof dispositionOf> = null;
  let type = "text/plain"; // undici's type for a file part without Content-Type
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon === -1) return null;
    const key = strip(line.slice(0, colon));
    if (!TOKEN.test(key)) return null;
    const value = strip(line.slice(colon + 1));
    switch (key.toLowerCase()) {
      case "content-disposition":
        disposition = dispositionOf(value);
        if (!disposition) return null;
        break;
      case "content-type":
        type = value;
        break;
    }
  }
  if (!disposition) return null;
  // as File does: a type outside printable ASCII is dropped, any other lowercased
  return { ...disposition, type: /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : "" };
}

const ESCAPES: Record<string, string> = { "%0a": "\n", "%0d": "\r", "%22": '"' };
const unescape = (quoted: string) => quoted.replace(/%0A|%0D|%22/gi, (e) => ESCAPES[e.toLowerCase()]);

/** `form-data; name="…"; filename="…"` (or `filename*=UTF-8''…`, preferred when both come); null without a name */
function dispositionOf(value: string): { name: string; filename?: string } | null {
  const type = /^form-data[ \t]*/i.exec(value);
  if (!type) return null;
  const params = new Map<string, string>();
  const param = /;[ \t]*(?:([^ \t=;]+)[ \t]*=[ \t]*(?:"([^"]*)"|([^ \t;"]*))[ \t]*)?/y;
  for (param.lastIndex = type[0].length; param.lastIndex < value.length; ) {
    const p = param.exec(value);
    if (!p) return null;
    const key = p[1]?.toLowerCase();
    if (key && !params.has(key)) params.set(key, p[2] === undefined ? p[3] : unescape(p[2]));
  }
  const name = params.get("name");
  if (name === undefined) return null;
  const extended = params.get("filename*");
  if (extended === undefined) return { name, filename: params.get("filename") };
  // RFC 8187: charset'language'percent-encoded
  const m = /^utf-8'[^']*'(.*)$/i.exec(extended);
  if (!m) return null;
  try {
    return { name, filename: decodeURIComponent(m[1]) };
  } catch {
    return null;
  }
}
