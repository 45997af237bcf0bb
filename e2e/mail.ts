// The e2e suite's mail: a real SMTP server (started by e2e/global-setup.ts) writes each message it
// receives as a .eml file into test-results/mail/<port>/; specs read the mails for an address here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

/** E2E_SMTP_PORT, else the app's port + 2000 (3100 → 5100) */
export function smtpPort(): number {
  return Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2000);
}

export function mailDir(port = smtpPort()): string {
  return path.join("test-results", "mail", String(port));
}

/** Every mail received so far addressed to `address`, oldest first. */
export async function mailsTo(address: string): Promise<ParsedMail[]> {
  const dir = mailDir();
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".eml")).sort();
  const mails = await Promise.all(files.map((f) => simpleParser(readFileSync(path.join(dir, f)))));
  const want = address.toLowerCase();
  return mails.filter((m) => [m.to].flat().some((a) => a && a.value.some((v) => v.address?.toLowerCase() === want)));
}

/**
 * The mails to `address` once at least `count` have arrived: the portal's scheduled job sends the
 * outbox (every JOBS_POLL_SECONDS within a run that starts each minute), so a mail takes seconds to
 * about a minute after the change that wrote it.
 */
export async function waitForMails(address: string, count = 1, filter: (m: ParsedMail) => boolean = () => true, timeoutMs = 120_000): Promise<ParsedMail[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await mailsTo(address)).filter(filter);
    if (mails.length >= count || Date.now() > until) return mails;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
