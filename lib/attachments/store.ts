import "server-only";
import { engine } from "@/rules";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { env } from "../env";
import { putBlob, readBlob } from "../storage/blobs";
import { impossibleId, requireCaseAccess, requireLockedCase } from "../cases/access";
import { isEditable } from "../cases/transitions";
import { attachmentFileName, unsafeFileName } from "./file-name";
import { sniffMime } from "./sniff";

// Files go to the one storage module (lib/storage/blobs.ts), content-addressed; the record keeps its key.

export async function storeAttachment(user: SessionUser, input: { caseId: string; slot: string; fileName: string; bytes: Uint8Array }) {
  const c = await requireCaseAccess(user, input.caseId, "own");
  if (!isEditable(c.status)) throw new ActionError("bad_state");
  if (!/^[a-z0-9_]{1,60}$/.test(input.slot)) throw new ActionError("validation", { slot: "invalid" });
  if (!engine.measures.get(c.measureId)?.documents.some((d) => d.key === input.slot)) throw new ActionError("validation", { slot: "invalid" });
  if (unsafeFileName(input.fileName)) throw new ActionError("file_name");
  if (input.bytes.length === 0) throw new ActionError("file_empty");
  if (input.bytes.length > env.UPLOAD_MAX_MB * 1024 * 1024) throw new ActionError("file_too_large", undefined, { maxMb: env.UPLOAD_MAX_MB });
  const mime = sniffMime(input.bytes.subarray(0, 16));
  if (!mime) throw new ActionError("file_type");
  const blob = await putBlob(input.bytes);
  // the record goes in under the case's lock: a submit sees the document or the upload sees a submitted case
  return db.$transaction(async (tx) => {
    const locked = await requireLockedCase(tx, user, c.id, "own");
    if (!isEditable(locked.status)) throw new ActionError("bad_state");
    return tx.attachment.create({
      data: { caseId: c.id, slot: input.slot, fileName: attachmentFileName(input.fileName, mime), mime, size: blob.size, sha256: blob.sha256, storagePath: blob.key, uploadedById: user.id },
    });
  });
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
