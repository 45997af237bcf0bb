// What a notification says by email and SMS: Chinese first, then English, in one message, with a
// link into the portal. Pure, so it is unit-tested without a database.

export type Role = "applicant" | "reviewer" | "finance" | "admin";

export interface MessageText {
  titleZh: string;
  titleEn: string;
  bodyZh?: string | null;
  bodyEn?: string | null;
}

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

const SITE = { zh: "威海市科技政策兑现平台", en: "Weihai S&T Policy Portal" };

/** Where a notification about a case leads, by role (null: the role has no case page). */
export function caseHref(role: Role, caseId: string | null | undefined): string | null {
  if (!caseId) return null;
  if (role === "applicant") return `/applicant/cases/${caseId}`;
  if (role === "reviewer") return `/review/cases/${caseId}`;
  if (role === "finance") return `/finance/cases/${caseId}`;
  return null;
}

/** An absolute link: `base` is the portal's public address (APP_BASE_URL). */
export function absoluteUrl(base: string, path: string): string {
  // relative to the base, so a portal served under a path (https://host/portal/) keeps it
  return new URL(path.replace(/^\/+/, ""), base.endsWith("/") ? base : `${base}/`).toString();
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** One mail, zh then en; `link` is where to act, with its label in both languages. */
export function composeMail(m: MessageText, link: { url: string; zh: string; en: string } | null): Mail {
  const part = (site: string, title: string, body: string | null | undefined, label: string | undefined) =>
    [site, "", title, ...(body ? ["", body] : []), ...(link ? ["", `${label}: ${link.url}`] : [])].join("\n");
  const text = [
    part(SITE.zh, m.titleZh, m.bodyZh, link?.zh),
    "",
    "----------------------------------------",
    "",
    part(SITE.en, m.titleEn, m.bodyEn, link?.en),
    "",
    "本邮件由系统自动发送，请勿回复。 This message was sent automatically; please do not reply.",
    "",
  ].join("\n");
  const htmlPart = (lang: string, site: string, title: string, body: string | null | undefined, label: string | undefined) =>
    `<div lang="${lang}"><p style="color:#475569;font-size:13px">${escapeHtml(site)}</p><h2 style="font-size:17px">${escapeHtml(title)}</h2>` +
    (body ? body.split("\n").map((l) => `<p>${escapeHtml(l)}</p>`).join("") : "") +
    (link ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(label!)}</a></p>` : "") +
    "</div>";
  const html =
    `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5;color:#0f172a">` +
    htmlPart("zh-CN", SITE.zh, m.titleZh, m.bodyZh, link?.zh) +
    `<hr>` +
    htmlPart("en", SITE.en, m.titleEn, m.bodyEn, link?.en) +
    `<p style="color:#64748b;font-size:12px">本邮件由系统自动发送，请勿回复。 This message was sent automatically; please do not reply.</p></body></html>`;
  return { subject: `${m.titleZh} | ${m.titleEn}`, text, html };
}

/** A short SMS: the Chinese title and the link (one or two SMS segments). */
export function composeSms(m: MessageText, url: string | null): string {
  return `【${SITE.zh}】${m.titleZh}${url ? ` ${url}` : ""}`;
}
