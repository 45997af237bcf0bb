import { fieldErrorsOf } from "@/lib/errors";
import { jsonResponse } from "@/lib/http/json";
import { MultipartFile } from "@/lib/http/multipart";
import { claimFactsSchema } from "@/lib/organisations/verification-schema";
import { fileDispute, requestVerification } from "@/lib/organisations/verification";
import { failFrom, readApplicantUpload } from "../../_lib/respond";

// POST multipart (creditCode, name, orgType, file): the applicant's organisation asks to be verified
// or to change its code, name or type; an applicant without an organisation disputes a registered
// code. The licence is checked by its first bytes and its size; a refused request stores nothing.
export async function POST(req: Request) {
  const upload = await readApplicantUpload(req, "forbidden");
  if (upload instanceof Response) return upload;
  const { user, form } = upload;
  const file = form.get("file");
  const facts = claimFactsSchema.safeParse({ creditCode: form.get("creditCode"), name: form.get("name"), orgType: form.get("orgType") });
  if (!facts.success) return jsonResponse({ ok: false, error: "validation", fieldErrors: fieldErrorsOf(facts.error) }, { status: 400 });
  if (!(file instanceof MultipartFile)) return jsonResponse({ ok: false, error: "validation", fieldErrors: { file: "required" } }, { status: 400 });
  try {
    const licence = { fileName: file.name, bytes: file.bytes };
    const v = user.organisationId ? await requestVerification(user, facts.data, licence) : await fileDispute(user, facts.data, licence);
    return jsonResponse({ ok: true, id: v.id, kind: v.kind });
  } catch (e) {
    return failFrom(e);
  }
}
