import { currentUser } from "@/lib/auth/session";
import { renderCaseDocument, type CaseDocumentKind } from "@/lib/documents/case-documents";
import { pdfResponse, publicOrigin } from "@/lib/documents/pdf-response";
import { fail, failFrom } from "../../../../_lib/respond";

type Ctx = { params: Promise<{ id: string; doc: string }> };

export const dynamic = "force-dynamic";

// GET: the application (申报书) or the receipt (受理回执) of a submitted case as a PDF, for whoever
// may read the case (its organisation, the lead bureau's reviewers, finance once approved, admins);
// "not found" for anyone else, a draft or a forged id.
export async function GET(req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return fail("not_found");
  const { id, doc } = await params;
  try {
    return pdfResponse(await renderCaseDocument(user, id, doc as CaseDocumentKind, publicOrigin(req)));
  } catch (e) {
    return failFrom(e);
  }
}
