// The client's address, fixed by the server before Next.js sees the request: the socket's peer,
// or, behind TRUSTED_PROXY_HOPS proxies, the X-Forwarded-For entry the nearest trusted proxy wrote.
// A client's own X-Forwarded-For / X-Real-IP never decide it (they are free to forge).
// Plain JavaScript: server/main.mjs runs with node alone (`npm start`), without a TypeScript loader.

/** the internal header the app reads (lib/auth/client-address.ts); any incoming copy is dropped */
export const CLIENT_ADDRESS_HEADER = "x-weihai-client-ip";
export const MAX_TRUSTED_PROXY_HOPS = 10;

export function parseTrustedHops(raw) {
  if (raw === undefined || raw === "") return 0;
  if (!/^\d+$/.test(raw) || Number(raw) > MAX_TRUSTED_PROXY_HOPS) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_TRUSTED_PROXY_HOPS} (got "${raw}"); see .env.example`);
  }
  return Number(raw);
}

export function resolveClientAddress(socketAddress, forwardedFor, hops) {
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // each trusted proxy appended the address it saw: count `hops` entries back from the socket
  const chain = [...listed, socketAddress ?? ""];
  const picked = chain[Math.max(0, chain.length - 1 - hops)];
  const addr = picked.startsWith("::ffff:") && picked.includes(".") ? picked.slice(7) : picked;
  return addr ? addr.slice(0, 64) : "unknown";
}

/** Replaces any incoming CLIENT_ADDRESS_HEADER with the address resolved from the socket. */
export function applyClientAddress(req, hops) {
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i].toLowerCase() === CLIENT_ADDRESS_HEADER) raw.splice(i, 2);
  const addr = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  req.headers[CLIENT_ADDRESS_HEADER] = addr;
  raw.push(CLIENT_ADDRESS_HEADER, addr);
}
