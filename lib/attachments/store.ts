import "server-only";
import { engine } from "@/rules";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { newId, sql } from "../db/sql";
import type { Attachment } from "../generated/prisma/client";
import { env } from "../env";
import { putBlob, readBlob } from "../storage/blobs";
import { impossibleId, requireCaseAccess, requireCaseAccessRow, requireLockedCase } from "../cases/access";
import { EDITABLE, isEditable } from "../cases/transitions";
import { attachmentFileName, unsafeFileName } from "./file-name";
import { sniffMime } from "./sniff";

// Files go to the one storage module (lib/storage/blobs.ts), content-addressed; the record keeps its key.

/**
 * The record goes in under the case's lock, in one statement: the lock waits for a submit in
 * progress (which holds it to commit), and the status is checked again after it, so a submit sees
 * the document or the upload sees a submitted case and stores nothing. One round trip, no
 * transaction around it (the upload rush of ADR 027).
 */
const ATTACH_SQL = `
  WITH c AS (SELECT id, status::text AS status, "organisationId" FROM "Case" WHERE id = $1 FOR UPDATE),
  ins AS (
    INSERT INTO "Attachment"(id, "caseId", slot, "fileName", mime, size, sha256, "storagePath", "uploadedById")
    SELECT $2, c.id, $3, $4, $5, $6, $7, $8, $9 FROM c WHERE c."organisationId" = $10 AND c.status = ANY($11::text[])
    RETURNING *)
  SELECT c.status AS "caseStatus", ins.* FROM c LEFT JOIN ins ON true`;

export async function storeAttachment(user: SessionUser, input: { caseId: string; slot: string; fileName: string; bytes: Uint8Array }) {
  const c = await requireCaseAccessRow(user, input.caseId, "own");
  if (!isEditable(c.status)) throw new ActionError("bad_state");
  if (!/^[a-z0-9_]{1,60}$/.test(input.slot)) throw new ActionError("validation", { slot: "invalid" });
  if (!engine.measures.get(c.measureId)?.documents.some((d) => d.key === input.slot)) throw new ActionError("validation", { slot: "invalid" });
  if (unsafeFileName(input.fileName)) throw new ActionError("file_name");
  if (input.bytes.length === 0) throw new ActionError("file_empty");
  if (input.bytes.length > env.UPLOAD_MAX_MB * 1024 * 1024) throw new ActionError("file_too_large", undefined, { maxMb: env.UPLOAD_MAX_MB });
  const mime = sniffMime(input.bytes.subarray(0, 16));
  if (!mime) throw new ActionError("file_type");
  const blob = await putBlob(input.bytes);
  const [r] = await sql.rows<Attachment & { caseStatus: string; id: string | null }>(ATTACH_SQL, [
    input.caseId, newId(), input.slot, attachmentFileName(input.fileName, mime), mime, blob.size, blob.sha256, blob.key, user.id, user.organisationId, EDITABLE,
  ]);
  if (!r) throw new ActionError("not_found"); // deleted meanwhile
  if (r.id === null) throw new ActionError("bad_state");
  const { caseStatus: _, ...attachment } = r;
  return attachment as Attachment;
}

export async function removeAttachment(user: SessionUser, attachmentId: string) {
  if (impossibleId(attachmentId)) throw new ActionError("not_found");
  const a = await db.attachment.findUnique({ where: { id: attachmentId } });
  if (!a) throw new ActionError("not_found");
  await db.$transaction(async (tx) => {
    const c = await requireLockedCase(tx, user, a.caseId, "own");
    if (!isEditable(c.status)) throw new ActionError("bad_state");
    await tx.attachment.delete({ where: { id: a.id } });
  });
}

/** The file of an attachment for whoever may read its case; not_found otherwise. */
export async function readAttachment(user: SessionUser, attachmentId: string) {
  if (impossibleId(attachmentId)) throw new ActionError("not_found");
  const a = await db.attachment.findUnique({ where: { id: attachmentId } });
  if (!a) throw new ActionError("not_found");
  await requireCaseAccess(user, a.caseId, "read");
  const bytes = await readBlob(a.storagePath);
  if (!bytes) throw new ActionError("not_found");
  return { meta: a, bytes };
}
