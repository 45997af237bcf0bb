// How long the server keeps an idle keep-alive connection open. Node's default is 5 s: a client or a
// proxy that reuses a connection just as the server closes it gets ECONNRESET (nginx: a 502). The
// other side must be the one that closes, so the server waits longer than a proxy's or client's
// usual idle limit (nginx's upstream keepalive_timeout and most load balancers: 60 s).
// Plain JavaScript: server/main.mjs runs with node alone.

export const KEEP_ALIVE_MS = 75_000;

/** sets the keep-alive timeout on an http.Server, and the header timeout just above it (Node's advice) */
export function keepConnectionsAlive(server, ms = KEEP_ALIVE_MS) {
  server.keepAliveTimeout = ms;
  server.headersTimeout = ms + 1000;
  return server;
}
