/**
 * A JSON answer of the API (a few hundred bytes at most): never cached, and sent as is. Next's
 * compression (the `compression` middleware) gzips every streamed answer whatever its size, and it
 * drops a route's Content-Length, so the 1 KB threshold never applies; `no-transform` is what it
 * honours. Gzipping a submit's 100-byte answer cost more CPU than writing it (ADR 027).
 */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("cache-control", "no-store, no-transform");
  return Response.json(body, { ...init, headers });
}
