/**
 * A request's body, read up to `maxBytes`: "too_large" as soon as more have come in (the rest is
 * never read; a Content-Length above the limit is refused before anything is read), "invalid" when
 * there is none or it broke off (the client went away).
 */
export async function readBody(req: Request, maxBytes: number): Promise<Buffer | "too_large" | "invalid"> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return "too_large";
  if (!req.body) return "invalid";
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      total += r.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return "too_large";
      }
      chunks.push(r.value);
    }
  } catch {
    return "invalid";
  }
  return Buffer.concat(chunks, total);
}

/** the JSON value of a body of at most `maxBytes`, or why not ("too_large", "invalid": no body, not UTF-8 JSON) */
export async function readJson(req: Request, maxBytes: number): Promise<{ value: unknown } | "too_large" | "invalid"> {
  const body = await readBody(req, maxBytes);
  if (typeof body === "string") return body;
  try {
    return { value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)) };
  } catch {
    return "invalid";
  }
}
