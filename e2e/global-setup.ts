// Playwright's global setup: the services the suite's web server talks to, each started by its own
// function, each stopped by the teardown returned here: the local OpenID provider (provincial
// sign-in) and the test SMTP server the web server mails to (SMTP_URL from e2e/serve.ts; every
// message it receives is written as a .eml file into test-results/mail/<port>/).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpSink } from "../lib/testing/smtp-sink";
import { mailDir, smtpPort } from "./mail";
import { startOidcForSuite } from "./oidc-global-setup";

async function startSmtpForSuite(): Promise<() => Promise<void>> {
  const port = smtpPort();
  const dir = mailDir(port);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const sink = await startSmtpSink({
    port,
    onRaw: (raw) => writeFileSync(path.join(dir, `${Date.now()}-${String(++n).padStart(5, "0")}.eml`), raw),
  });
  return () => sink.close();
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const stops = [await startOidcForSuite(), await startSmtpForSuite()];
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
