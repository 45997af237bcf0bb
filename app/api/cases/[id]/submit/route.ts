import { z } from "zod";
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

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  if (foreignOrigin(req)) return fail("foreign_origin");
  const user = await currentUser();
  if (!user) return fail("unauthenticated");
  if (user.role !== "applicant") return fail("not_found");
  let input: z.infer<typeof body>;
  try {
    const json: unknown = await req.json();
    if (nulPath(json)) return fail("validation");
    const parsed = body.safeParse(json);
    if (!parsed.success) return fail("validation");
    input = parsed.data;
  } catch {
    return fail("validation");
  }
  try {
    const { id } = await params;
    const r = await submitCase(user, { caseId: id, ...input });
    return jsonResponse({ ok: true, ...r });
  } catch (e) {
    return failFrom(e);
  }
}
