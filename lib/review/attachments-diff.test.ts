import { describe, expect, it } from "vitest";
import { diffAttachments, revisionFiles } from "./attachments-diff";

const f = (slot: string, fileName: string, sha256: string) => ({ slot, fileName, sha256 });

describe("documents changed between two revisions", () => {
  it("tells added, removed and replaced files per slot, in the measure's order", () => {
    const before = [f("rnd_statistics", "报表.pdf", "a"), f("qualification_certificate", "证书.pdf", "b"), f("audit", "审计.pdf", "c")];
    const after = [f("rnd_statistics", "报表-修订.pdf", "a2"), f("qualification_certificate", "证书.pdf", "b"), f("other", "说明.pdf", "d")];
    expect(diffAttachments(before, after, ["qualification_certificate", "rnd_statistics", "other", "audit"])).toEqual([
      { slot: "rnd_statistics", kind: "replaced", removed: [before[0]], added: [after[0]] },
      { slot: "other", kind: "added", removed: [], added: [after[2]] },
      { slot: "audit", kind: "removed", removed: [before[2]], added: [] },
    ]);
  });

  it("compares content, not names: the same file under another name is no change; new content under the same name is", () => {
    expect(diffAttachments([f("s", "a.pdf", "x")], [f("s", "b.pdf", "x")])).toEqual([]);
    expect(diffAttachments([f("s", "a.pdf", "x")], [f("s", "a.pdf", "y")])).toMatchObject([{ slot: "s", kind: "replaced" }]);
  });

  it("says nothing when a revision kept no document list", () => {
    expect(diffAttachments(null, [f("s", "a.pdf", "x")])).toBeNull();
    expect(revisionFiles(null)).toBeNull();
    expect(revisionFiles([{ slot: "s", sha256: "x", id: "1" }, { slot: 1 }])).toEqual([{ slot: "s", fileName: "", sha256: "x" }]);
  });
});
