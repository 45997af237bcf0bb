import { z } from "zod";
import { fieldErrorsOf, nulPath } from "@/lib/actions/define-action";
import { currentUser } from "@/lib/auth/session";
import { saveDraft } from "@/lib/cases/drafts";
import { readJson } from "@/lib/http/body";
import { jsonResponse } from "@/lib/http/json";
import { SUBJECT_MAX } from "@/app/(applicant)/applicant/cases/[id]/edit/schemas";
import { fail, failFrom, foreignOrigin } from "../../../_lib/respond";

// PUT JSON { version, subject, facts }: the application form's save (autosave and "save draft").
// A route handler rather than a server action: the form reads only { version, savedAt } back, and
// this is the deadline rush's hottest request (ADR 027). Errors are the actions' codes, with the
// field named: { ok: false, error, fieldErrors?, detail? }.
const DRAFT_MAX_BYTES = 256 * 1024;
const body = z.object({
  version: z.number().int().min(0),
  subject: z.string().max(SUBJECT_MAX),
  facts: z.record(z.string().max(60), z.unknown()),
});

export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  if (foreignOrigin(req)) return fail("foreign_origin");
  const user = await currentUser();
  if (!user) return fail("unauthenticated");
  if (user.role !== "applicant") return fail("not_found");
  const { id } = await params;
  // a form's answers are a few KB: a larger body is refused before it is read further
  const read = await readJson(req, DRAFT_MAX_BYTES);
  if (typeof read === "string") return fail("validation");
  const json = read.value;
  const nul = nulPath(json);
  if (nul) return fail("validation", undefined, { [nul]: "invalid" });
  const parsed = body.safeParse(json);
  if (!parsed.success) return fail("validation", undefined, fieldErrorsOf(parsed.error));
  try {
    const { version } = await saveDraft(user, { caseId: id, ...parsed.data });
    return jsonResponse({ ok: true, data: { version, savedAt: new Date().toISOString() } });
  } catch (e) {
    return failFrom(e);
  }
}
