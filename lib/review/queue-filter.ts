// The review queue's filter as it lives in the URL (a plain GET form): parsing, links, cursors.
// Pure: unknown or malformed values are ignored rather than failing.
import { MEASURES } from "@/rules";
import { isIsoDate } from "@/rules/core/fields";
import { CASE_STATUSES, TRANSITIONS, type CaseStatus } from "../cases/transitions";
import { parseYuan } from "../money";

export const TABS = ["review", "confirm", "notice", "done", "all"] as const;
export type Tab = (typeof TABS)[number];

const REVIEW: CaseStatus[] = [...TRANSITIONS.propose.from];
const CONFIRM: CaseStatus[] = [...TRANSITIONS.confirm_approve.from];
const NOTICE: CaseStatus[] = [...TRANSITIONS.end_notice.from, ...TRANSITIONS.dismiss_objection.from];
const STAFF_VISIBLE = CASE_STATUSES.filter((s) => s !== "draft");

/** The queue's tabs group the lifecycle's statuses (transitions.ts): work to do first, the rest after. */
export const TAB_STATUSES: Record<Tab, CaseStatus[]> = {
  review: REVIEW,
  confirm: CONFIRM,
  notice: NOTICE,
  done: STAFF_VISIBLE.filter((s) => ![...REVIEW, ...CONFIRM, ...NOTICE].includes(s)),
  all: STAFF_VISIBLE,
};

export interface QueueFilter {
  tab: Tab;
  status: CaseStatus | "";
  measure: string;
  round: string;
  from: string;
  to: string;
  /** ceiling range in fen (null = open) */
  minFen: number | null;
  maxFen: number | null;
  q: string;
  /** only cases submitted again after a return (revision > 1) */
  resubmitted: boolean;
  sort: "asc" | "desc";
  after: string;
  before: string;
}

type SP = Record<string, string | string[] | undefined>;

const one = (sp: SP, k: string): string => {
  const v = sp[k];
  return ((Array.isArray(v) ? v[0] : v) ?? "").trim();
};

export function readQueueFilter(sp: SP): QueueFilter {
  const tab = (TABS as readonly string[]).includes(one(sp, "tab")) ? (one(sp, "tab") as Tab) : "review";
  const status = one(sp, "status");
  const measure = one(sp, "measure");
  const fen = (k: string) => (one(sp, k) ? parseYuan(one(sp, k)) : null);
  const cursor = (k: string) => (decodeCursor(one(sp, k)) ? one(sp, k) : "");
  // a date this century: year 0001 in Beijing time is year 0 in UTC, which PostgreSQL refuses with an error
  const day = (k: string) => (isIsoDate(one(sp, k)) && one(sp, k) >= "2000-01-01" && one(sp, k) <= "2099-12-31" ? one(sp, k) : "");
  return {
    tab,
    status: (TAB_STATUSES[tab] as string[]).includes(status) ? (status as CaseStatus) : "",
    measure: MEASURES.some((m) => m.id === measure) ? measure : "",
    round: /^[\w-]{1,64}$/.test(one(sp, "round")) ? one(sp, "round") : "",
    from: day("from"),
    to: day("to"),
    minFen: fen("min"),
    maxFen: fen("max"),
    q: one(sp, "q").replace(/\u0000/g, "").slice(0, 100), // a NUL (%00) cannot reach PostgreSQL
    resubmitted: one(sp, "resubmitted") === "1",
    sort: one(sp, "sort") === "desc" ? "desc" : "asc",
    after: cursor("after"),
    before: cursor("before"),
  };
}

/** a fen amount as typed in the filter form ("75000", "75000.5") */
export const yuanText = (fen: number | null) => (fen === null ? "" : (fen / 100).toFixed(2).replace(/\.00$/, ""));

/** The query string of a filter (defaults left out), with some values replaced. */
export function queueQuery(f: QueueFilter, over: Partial<Record<keyof QueueFilter, string>> = {}): string {
  const v: Record<string, string> = {
    tab: f.tab === "review" ? "" : f.tab, status: f.status, measure: f.measure, round: f.round, from: f.from, to: f.to,
    min: yuanText(f.minFen), max: yuanText(f.maxFen), q: f.q, resubmitted: f.resubmitted ? "1" : "", sort: f.sort === "asc" ? "" : f.sort, after: "", before: "",
  };
  for (const [k, x] of Object.entries(over)) v[k === "minFen" ? "min" : k === "maxFen" ? "max" : k] = x ?? "";
  const p = new URLSearchParams();
  for (const [k, x] of Object.entries(v)) if (x) p.set(k, x);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function hasFilters(f: QueueFilter): boolean {
  return Boolean(f.status || f.measure || f.round || f.from || f.to || f.minFen !== null || f.maxFen !== null || f.q || f.resubmitted);
}

/** Tab counts stop at this many (and show "9,999+"): a bounded cost at a million cases. */
export const COUNT_CAP = 9_999;

/** a tab count as shown: "1,234", or "9,999+" when the count reached the cap */
export function countLabel(n: number, locale: string): string {
  return n > COUNT_CAP ? `${COUNT_CAP.toLocaleString(locale)}+` : n.toLocaleString(locale);
}

/** Keyset cursor: the (submittedAt, id) of a row, base64url. */
export function encodeCursor(submittedAt: Date, id: string): string {
  return Buffer.from(`${submittedAt.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(s: string): { t: Date; id: string } | null {
  if (!s || s.length > 200 || !/^[A-Za-z0-9_-]+$/.test(s)) return null;
  const [iso, id] = Buffer.from(s, "base64url").toString("utf8").split("|");
  const t = new Date(iso ?? "");
  if (!id || !/^[\w-]{1,64}$/.test(id) || Number.isNaN(t.getTime())) return null;
  return { t, id };
}
