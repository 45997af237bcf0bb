// A real SMTP server on loopback that keeps what it receives: the integration tests read the
// parsed mails, the e2e global set-up also writes each one as a .eml file (e2e/mail.ts reads them).
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  port: number;
  /** every mail received, parsed, in order of arrival */
  mails: ParsedMail[];
  close(): Promise<void>;
}

export async function startSmtpSink({ port = 0, onRaw }: { port?: number; onRaw?: (raw: Buffer) => void } = {}): Promise<SmtpSink> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks);
        try {
          onRaw?.(raw);
          mails.push(await simpleParser(raw));
          done();
        } catch (e) {
          done(e as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
