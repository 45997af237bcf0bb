import { z } from "zod";
import { readJson } from "@/lib/http/body";
import { jsonResponse } from "@/lib/http/json";
import { nulPath } from "@/lib/actions/define-action";
import { currentUser } from "@/lib/auth/session";
import { FIX_ANSWER_MAX } from "@/lib/cases/fix-answers";
import { submitCase } from "@/lib/cases/submit";
import { fail, failFrom, foreignOrigin } from "../../../_lib/respond";

// POST JSON { version, submitKey, commitment: true, acceptMissingDocuments?, fixAnswers? }: the same submit as the
// form's server action (lib/cases/submit.ts),
// for API clients and the load/crash tests. Idempotent per submitKey.
const body = z.object({
  version: z.number().int().min(0),
  submitKey: z.string().min(8).max(100),
  commitment: z.literal(true),
  acceptMissingDocuments: z.boolean().optional(),
  fixAnswers: z.array(z.string().max(FIX_ANSWER_MAX * 2)).max(30).optional(),
});

const SUBMIT_MAX_BYTES = 64 * 1024 + 30 * FIX_ANSWER_MAX * 2 * 3;

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  if (foreignOrigin(req)) return fail("foreign_origin");
  const user = await currentUser();
  if (!user) return fail("unauthenticated");
  if (user.role !== "applicant") return fail("not_found");
  // the answers to a fix list are the largest part: 30 of FIX_ANSWER_MAX characters
  const read = await readJson(req, SUBMIT_MAX_BYTES);
  if (typeof read === "string" || nulPath(read.value)) return fail("validation");
  const parsed = body.safeParse(read.value);
  if (!parsed.success) return fail("validation");
  const input = parsed.data;
  try {
    const { id } = await params;
    const r = await submitCase(user, { caseId: id, ...input });
    return jsonResponse({ ok: true, ...r });
  } catch (e) {
    return failFrom(e);
  }
}
