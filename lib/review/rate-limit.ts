import "server-only";
import { hit } from "../db/rate-counter";

// A brake on objections per client address: 5 in 10 minutes, counted in PostgreSQL so that every
// server process shares it. Enough to stop a script flooding the reviewers' queue.
const WINDOW_MS = 10 * 60_000;
const MAX = 5;

export async function allowObjection(ip: string, now = Date.now()): Promise<boolean> {
  return (await hit(`objection:${ip}`, WINDOW_MS, new Date(now))) <= MAX;
}
