import "server-only";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { attachmentFileName, unsafeFileName } from "../attachments/file-name";
import { sniffMime } from "../attachments/sniff";
import { db } from "../db/client";
import { env } from "../env";
import { putBlob, readBlob } from "../storage/blobs";

// The licence of a verification request: checked like a case attachment (name, size, type by its
// first bytes) and kept in the one storage module; the request row holds the key.

export interface LicenceFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Checks and stores the file; a refused file stores nothing. */
export async function storeLicence(f: LicenceFile) {
  if (unsafeFileName(f.fileName)) throw new ActionError("file_name");
  if (f.bytes.length === 0) throw new ActionError("file_empty");
  if (f.bytes.length > env.UPLOAD_MAX_MB * 1024 * 1024) throw new ActionError("file_too_large", undefined, { maxMb: env.UPLOAD_MAX_MB });
  const mime = sniffMime(f.bytes.subarray(0, 16));
  if (!mime) throw new ActionError("file_type");
  const blob = await putBlob(f.bytes);
  return { licenceKey: blob.key, licenceSha256: blob.sha256, licenceMime: mime, licenceName: attachmentFileName(f.fileName, mime), licenceSize: blob.size };
}

/** The licence of a request, for admins and for the applicant who sent it; not_found for anyone else. */
export async function readLicence(user: SessionUser, verificationId: string) {
  if (!/^[a-z0-9]{10,40}$/.test(verificationId)) throw new ActionError("not_found");
  const v = await db.orgVerification.findUnique({ where: { id: verificationId } });
  if (!v || (user.role !== "admin" && v.requestedById !== user.id)) throw new ActionError("not_found");
  const bytes = await readBlob(v.licenceKey);
  if (!bytes) throw new ActionError("not_found");
  return { meta: { fileName: v.licenceName, mime: v.licenceMime }, bytes };
}
