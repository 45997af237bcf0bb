import "server-only";
import nodemailer from "nodemailer";
import { env } from "../env";

// How a message leaves the portal. Email: SMTP through nodemailer. SMS: a driver behind one
// interface, "console" by default (logs that it sent, masking the number) or "http" for a provider.

export interface Outgoing {
  id: string;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
}

/** Sends one message or throws; a throw leaves the message for a later attempt. */
export interface Driver {
  send(m: Outgoing): Promise<void>;
}

// bounded waits, so a hung server cannot hold a claim past its back-off (deliver.ts)
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

export function smtpDriver(url: string, from: string): Driver {
  const transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    async send(m) {
      await transport.sendMail({
        from, to: m.recipient, subject: m.subject, text: m.textBody, ...(m.htmlBody ? { html: m.htmlBody } : {}),
        // the outbox id: a receiver can tell a retry of the same message
        messageId: `<${m.id}@outbox.weihai-portal>`,
      });
    },
  };
}

const mask = (phone: string) => `${"*".repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;

export function consoleSmsDriver(log: (line: string) => void = (l) => console.info(l)): Driver {
  return {
    async send(m) {
      log(`sms ${m.id} to ${mask(m.recipient)} (${m.textBody.length} characters) sent by the console driver`);
    },
  };
}

/** A provider's HTTP API: POST {to, text, id} as JSON; any non-2xx answer is a failed attempt. */
export function httpSmsDriver(url: string, token?: string): Driver {
  return {
    async send(m) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: m.recipient, text: m.textBody, id: m.id }),
        signal: AbortSignal.timeout(20_000),
      });
      if (!res.ok) throw new Error(`SMS provider answered ${res.status}`);
    },
  };
}

export interface Drivers {
  /** null: no SMTP server configured, mail waits in the outbox */
  email: Driver | null;
  sms: Driver | null;
}

let configured: Drivers | null = null;

/** The drivers the environment configures (SMTP_URL, MAIL_FROM, SMS_DRIVER …), made once. */
export function driversFromEnv(): Drivers {
  configured ??= {
    email: env.SMTP_URL ? smtpDriver(env.SMTP_URL, env.MAIL_FROM) : null,
    sms: env.SMS_DRIVER === "http" ? httpSmsDriver(env.SMS_HTTP_URL!, env.SMS_HTTP_TOKEN) : consoleSmsDriver(),
  };
  return configured;
}
