// The portal's web server (`npm start`, the demo launcher, e2e/serve.ts, bench:load, the crash
// test): Next.js's request handler behind one step that sets the client's address from the socket
// (server/client-address.mjs). Route handlers and server actions cannot see the socket themselves.
//   node server/main.mjs [--dev] [-H host] [-p port]      (port also from PORT, default 3000)
import { createServer } from "node:http";
import { applyClientAddress, parseTrustedHops } from "./client-address.mjs";

const args = process.argv.slice(2);
const option = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const dev = args.includes("--dev");
const hostname = option("-H") ?? option("--hostname");
const port = Number(option("-p") ?? option("--port") ?? process.env.PORT ?? 3000);

let hops;
try {
  hops = parseTrustedHops(process.env.TRUSTED_PROXY_HOPS);
} catch (e) {
  console.error(`Invalid environment: ${e.message}`);
  process.exit(1);
}
process.env.NODE_ENV ??= dev ? "development" : "production";

const { default: next } = await import("next");
const app = (next.default ?? next)({ dev, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  applyClientAddress(req, hops);
  handle(req, res).catch((e) => {
    console.error(e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname ?? "localhost"}:${port}${hops ? ` (client address from ${hops} trusted proxy hop(s))` : ""}`);
});
const stop = () => process.exit(0);
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
