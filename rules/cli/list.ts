// npm run -s rules:list — the catalog: [{ id, clause, kind, leadBureau, orgTypes }] for every measure.
import { MEASURES } from "../index";

const rows = MEASURES.map((m) => ({ id: m.id, clause: m.clause, kind: m.kind, leadBureau: m.leadBureau, orgTypes: m.orgTypes }));
process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
