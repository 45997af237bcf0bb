// The build's server actions and paths, and how the browser calls an action: shared by the specs that
// probe every action (authz-matrix.spec.ts, hostile-input.spec.ts) and the crash test's reviewers.
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import type { Role } from "./authz-matrix";
import { DEMO } from "./fixtures";

export const PORT = process.env.E2E_PORT ?? "3100";
const DIST = `.next-e2e-${PORT}`;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** the demo account signed in for each role */
export const ACCOUNT: Record<Exclude<Role, "visitor">, string> = { applicant: DEMO.enterprise, reviewer: DEMO.reviewerA, finance: DEMO.finance, admin: DEMO.admin };

/** the e2e server's database (e2e/serve.ts), PostgreSQL or embedded */
export { e2eDatabaseUrl } from "./e2e-db";

export type ActionRef = { id: string; file: string; name: string; page: string };

/** the actions of the build the suite's server serves, or of the build copied to `dist` (the crash test's own) */
export function actionsInBuild(dist = DIST): ActionRef[] {
  const m = JSON.parse(readFileSync(`${dist}/server/server-reference-manifest.json`, "utf8"));
  return Object.entries(m.node as Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>).map(([id, v]) => ({
    id, file: v.filename, name: v.exportedName, page: pagePath(Object.keys(v.workers)[0]),
  }));
}

/** "app/(admin)/admin/lpr/page" → "/admin/lpr" (dynamic segments get a forged id) */
function pagePath(worker: string): string {
  const p = worker.replace(/^app/, "").replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "");
  return (p || "/").replace(/\[\.\.\.[^\]]+\]/g, "x").replace(/\[[^\]]+\]/g, "forged-id-0000");
}

export function pathsInBuild(): string[] {
  const m = JSON.parse(readFileSync(`${DIST}/server/app-paths-manifest.json`, "utf8")) as Record<string, string>;
  return [...new Set(Object.keys(m).map((k) => k.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/"))]
    .filter((p) => !p.startsWith("/_") && !/^\/(favicon|icon|apple-icon)\b/.test(p) && p !== "/forbidden"); // metadata files are public
}

/** A FormData argument (a form action's), sent as the browser sends one: multipart, fields "_<n>_<name>". */
export class FormArg {
  constructor(public readonly fields: Record<string, string>) {}
}

/** React's reply encoding escapes a string that starts with "$" (its reference marker) as "$$…" */
const replyValue = (_key: string, v: unknown) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v);

/** plain (non-FormData) args as React's encodeReply sends them */
export const jsonReply = (args: unknown[]): string => JSON.stringify(args, replyValue);

/** the headers of a browser's server action call with plain args (no Content-Type for multipart) */
export function actionHeaders(id: string, origin = ORIGIN, multipart = false): Record<string, string> {
  return { "Next-Action": id, Accept: "text/x-component", ...(multipart ? {} : { "Content-Type": "text/plain;charset=UTF-8" }), Origin: origin };
}

/** args as React's encodeReply sends them: JSON text, or multipart when an argument is a FormData */
function encodeReply(args: unknown[]): { data: string } | { multipart: Record<string, string> } {
  if (!args.some((a) => a instanceof FormArg)) return { data: jsonReply(args) };
  const multipart: Record<string, string> = {};
  let part = 0;
  const root = args.map((a) => {
    if (!(a instanceof FormArg)) return JSON.stringify(a, replyValue) ?? "null";
    part++;
    for (const [k, v] of Object.entries(a.fields)) multipart[`_${part}_${k}`] = v;
    return `"$K${part.toString(16)}"`;
  });
  multipart["0"] = `[${root.join(",")}]`;
  return { multipart };
}

/** Calls a server action the way the browser does; returns status and flight text of the answer. */
export async function callAction(request: APIRequestContext, a: ActionRef, args: unknown[]): Promise<{ status: number; text: string }> {
  const res = await request.post(a.page, {
    headers: actionHeaders(a.id, ORIGIN, args.some((x) => x instanceof FormArg)),
    ...encodeReply(args),
    maxRedirects: 0,
  });
  return { status: res.status(), text: await res.text() };
}

/** same-origin headers for a state-changing request to a route handler */
export const SAME_ORIGIN = { Origin: ORIGIN };
