// Prints the INSERT statements that ship China's holiday calendar with the portal (issue 13 §2):
// every public holiday and 调休 make-up working day of the years the `chinese-days` package holds,
// from FIRST_YEAR on. Its output was appended to the migration
// prisma/migrations/*_jobs_and_work_calendar/migration.sql; rerun it for a new package release and
// commit the new rows as a migration of their own (ON CONFLICT keeps admin edits).
//   npx tsx scripts/calendar/work-calendar-sql.ts [lastYear]
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pkg = require("chinese-days/package.json") as { version: string };
const data = require("chinese-days/dist/chinese-days.json") as { holidays: Record<string, string>; workdays: Record<string, string> };

const FIRST_YEAR = 2023;
const LAST_YEAR = Number(process.argv[2] ?? 2028);
const source = `chinese-days ${pkg.version}`;
const rows: string[] = [];
for (const [kind, table] of [["holiday", data.holidays], ["workday", data.workdays]] as const) {
  for (const [date, label] of Object.entries(table)) {
    const year = Number(date.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    // "National Day,国庆节,3": English, Chinese, length of the holiday
    const zh = label.split(",")[1] ?? label;
    rows.push(`  ('${date}', '${kind}', '${zh.replace(/'/g, "''")}${kind === "workday" ? "（调休上班）" : ""}', '${source}')`);
  }
}
rows.sort();
console.log(`-- China's public holidays and 调休 make-up working days ${FIRST_YEAR}–, from ${source}`);
console.log(`INSERT INTO "WorkCalendarDay" ("date", "kind", "nameZh", "source") VALUES\n${rows.join(",\n")}\nON CONFLICT ("date") DO NOTHING;`);
