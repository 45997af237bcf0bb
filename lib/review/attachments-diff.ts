// Which documents changed between two signed revisions of a case (issue 15 §4): per slot, the
// files added, removed or replaced, compared by content (sha256), so a file uploaded again under
// another name is not a change and one replaced under the same name is. Pure: the review page
// shows it beside the fact diff.

export interface RevisionFile {
  slot: string;
  fileName: string;
  sha256: string;
}

export type SlotChangeKind = "added" | "removed" | "replaced";

export interface SlotChange {
  slot: string;
  kind: SlotChangeKind;
  /** files of the earlier revision no longer there */
  removed: RevisionFile[];
  /** files new in the later revision */
  added: RevisionFile[];
}

/** The document list as stored on a CaseRevision (JSON); null when the revision kept none (older rows). */
export function revisionFiles(v: unknown): RevisionFile[] | null {
  if (!Array.isArray(v)) return null;
  return v.filter((x): x is RevisionFile => !!x && typeof x === "object" && typeof x.slot === "string" && typeof x.sha256 === "string")
    .map((x) => ({ slot: x.slot, fileName: typeof x.fileName === "string" ? x.fileName : "", sha256: x.sha256 }));
}

/**
 * Changed slots in the order of `slotOrder` (the measure's documents), unknown slots after. Null
 * when either revision has no stored document list: then nothing can be said.
 */
export function diffAttachments(before: RevisionFile[] | null, after: RevisionFile[] | null, slotOrder: readonly string[] = []): SlotChange[] | null {
  if (!before || !after) return null;
  const slots = [...new Set([...slotOrder, ...before.map((f) => f.slot), ...after.map((f) => f.slot)])];
  const out: SlotChange[] = [];
  for (const slot of slots) {
    const a = before.filter((f) => f.slot === slot);
    const b = after.filter((f) => f.slot === slot);
    const removed = a.filter((f) => !b.some((g) => g.sha256 === f.sha256));
    const added = b.filter((f) => !a.some((g) => g.sha256 === f.sha256));
    if (!removed.length && !added.length) continue;
    out.push({ slot, kind: !removed.length ? "added" : !added.length ? "removed" : "replaced", removed, added });
  }
  return out;
}
