import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cache } from "react";

// The policy's Chinese text, parsed into parts, section headings and its 32 numbered clauses.
// The text is kept in the repo (docs/policy/) so the app is self-contained; it is parsed on the
// server and checked: a text that does not yield clauses 1..32 in order fails loudly.

export const POLICY_TEXT_FILE = path.join(process.cwd(), "docs/policy/weihai-2023-5-zh.txt");
export const CLAUSE_COUNT = 32;

export interface PolicyClause {
  number: number;
  /** the clause's own heading, e.g. 引导企业加大研发投入 */
  heading: string;
  /** the text after the heading, without the responsible-units note */
  body: string;
  /** 责任单位 as written, e.g. ["市科技局", "市财政局"] */
  responsible: string[];
}

export interface PolicySection {
  /** e.g. "(三)着力深化产学研融通" */
  heading: string;
  clauses: PolicyClause[];
}

export interface PolicyPart {
  /** e.g. "二、重点任务" */
  heading: string;
  /** free paragraphs of the part (指导思想, 保障措施) */
  paragraphs: string[];
  sections: PolicySection[];
}

export interface PolicyDocument {
  title: string;
  docNo: string;
  addressee: string;
  preamble: string;
  parts: PolicyPart[];
  /** the closing lines: validity, issuer, date */
  closing: string[];
  clauses: PolicyClause[];
}

const PART = /^[一二三四五六七八九十]+、\S+$/;
const SECTION = /^[(（][一二三四五六七八九十]+[)）][^。]+$/; // a section heading has no full stop
const CLAUSE = /^(\d{1,2})[.．]([^。]+)。([\s\S]*)$/;
const RESPONSIBLE = /[(（]责任单位[:：]([^)）]+)[)）]\s*$/;

function parseClause(m: RegExpMatchArray): PolicyClause {
  const rest = m[3].trim();
  const r = rest.match(RESPONSIBLE);
  return {
    number: Number(m[1]),
    heading: m[2].trim(),
    body: r ? rest.slice(0, r.index).trim() : rest,
    responsible: r ? r[1].split("、").map((s) => s.trim()).filter(Boolean) : [],
  };
}

export function parsePolicyText(text: string): PolicyDocument {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const [title = "", docNo = "", addressee = "", preamble = ""] = lines;
  const parts: PolicyPart[] = [];
  const closing: string[] = [];
  const clauses: PolicyClause[] = [];
  let part: PolicyPart | null = null;
  let section: PolicySection | null = null;
  for (const line of lines.slice(4)) {
    if (PART.test(line)) {
      part = { heading: line, paragraphs: [], sections: [] };
      section = null;
      parts.push(part);
      continue;
    }
    const cm = line.match(CLAUSE);
    if (cm && part) {
      if (!section) {
        section = { heading: "", clauses: [] };
        part.sections.push(section);
      }
      const c = parseClause(cm);
      section.clauses.push(c);
      clauses.push(c);
    } else if (SECTION.test(line) && part) {
      section = { heading: line, clauses: [] };
      part.sections.push(section);
    } else if (/^本实施意见/.test(line) || closing.length > 0) {
      closing.push(line);
    } else if (part) {
      part.paragraphs.push(line);
    }
  }
  clauses.forEach((c, i) => {
    if (c.number !== i + 1) throw new Error(`policy text: clause ${i + 1} expected, found ${c.number}`);
  });
  if (clauses.length !== CLAUSE_COUNT) throw new Error(`policy text: ${CLAUSE_COUNT} clauses expected, found ${clauses.length}`);
  return { title, docNo, addressee, preamble, parts, closing, clauses };
}

/** The policy as read from the repo's copy, parsed once per request. */
export const loadPolicy = cache((): PolicyDocument => parsePolicyText(readFileSync(POLICY_TEXT_FILE, "utf8")));
