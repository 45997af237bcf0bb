import "server-only";

// A light brake on objections per IP: 5 in 10 minutes per server process. Enough to stop a
// script flooding the reviewers' queue; not a security boundary (a cluster would use Redis).
const WINDOW_MS = 10 * 60_000;
const MAX = 5;
const seen = new Map<string, number[]>();

export function allowObjection(ip: string, now = Date.now()): boolean {
  const recent = (seen.get(ip) ?? []).filter((t) => now - t < WINDOW_MS);
  if (recent.length >= MAX) {
    seen.set(ip, recent);
    return false;
  }
  recent.push(now);
  seen.set(ip, recent);
  if (seen.size > 10_000) for (const [k, v] of seen) if (v.every((t) => now - t >= WINDOW_MS)) seen.delete(k);
  return true;
}
