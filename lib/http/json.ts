/**
 * Response.json with its Content-Length: Next's compression (the `compression` middleware) skips a
 * body it knows to be under 1 KB. Without the length it gzips every answer, and a submit's 100-byte
 * answer cost more to compress (and for the client to inflate) than to write (ADR 027).
 */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  headers.set("content-length", String(Buffer.byteLength(text)));
  return new Response(text, { ...init, headers });
}
