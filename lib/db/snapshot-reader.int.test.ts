// A snapshot read shared with other connections (the what-if's worker threads read their parts in
// the request's snapshot): a connection that takes the exported snapshot sees what the exporting
// read sees, not what was committed since; a connection of its own sees the new row.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../testing/fresh-database";
import { readOnConnection, type SnapshotReader } from "./snapshot-reader";

const d = freshDatabase();

async function ids(r: SnapshotReader): Promise<string[]> {
  const out: string[] = [];
  for await (const rows of r.batches<{ id: string }>("bureau_ids", { text: `SELECT id FROM "Bureau" WHERE id LIKE $1 ORDER BY id`, values: ["snap-%"] }, 1)) out.push(...rows.map((x) => x.id));
  return out;
}

describe("a shared snapshot", () => {
  it("another connection that takes it sees the data as of the snapshot, not a row committed since", async () => {
    const other = new pg.Client({ connectionString: d.url });
    await other.connect();
    const insert = (id: string) => other.query(`INSERT INTO "Bureau"(id, "nameZh", "nameEn") VALUES ($1, $1, $1)`, [id]);
    try {
      await insert("snap-a");
      const seen = await readOnConnection(d.url, async (r, shared) => {
        expect(shared?.id).toMatch(/^[0-9A-F]+-[0-9A-F]+-[0-9]+$/);
        const mine = await ids(r);
        await insert("snap-b"); // committed after the snapshot was taken
        const imported = await readOnConnection(d.url, ids, { importId: shared!.id });
        const fresh = await readOnConnection(d.url, ids);
        return { mine, imported, fresh };
      }, { share: true });
      expect(seen).toEqual({ mine: ["snap-a"], imported: ["snap-a"], fresh: ["snap-a", "snap-b"] });
      // an id that is not a snapshot's is refused before it reaches SQL
      await expect(readOnConnection(d.url, ids, { importId: "x'; DROP TABLE \"Bureau\"; --" })).rejects.toThrow("bad snapshot id");
    } finally {
      await other.end();
    }
  });
});
