#!/usr/bin/env node
// `npm run test:e2e`: the end-to-end suite in two lanes at once, each line of output prefixed with
// its lane. Lane "pg" runs the specs against the suite's server on PostgreSQL (one worker: they share
// its database). Lane "iso" runs the specs that bring their own servers and databases (the crash
// test, two servers behind nginx), then the applicant journey on the embedded database, with every
// measure's form opened (test:e2e:embedded). Both lanes always run to the end; the exit code is non-zero when either
// failed. With arguments it is plain `playwright test <args>` (one spec, one lane).
import { findTools } from "./find-tools.mjs";
import { elapsed, runPrefixed } from "../scripts/prefixed.mjs";

findTools();
const args = process.argv.slice(2);
if (args.length > 0) {
  process.exit(await runPrefixed("e2e", "npx", ["playwright", "test", ...args]));
}

const pg = runPrefixed("pg", "npx", ["playwright", "test"], { E2E_LANE: "main" });
const iso = (async () => {
  const isolated = await runPrefixed("iso", "npx", ["playwright", "test"], { E2E_LANE: "isolated" });
  const embedded = await runPrefixed("embedded", "npm", ["run", "-s", "test:e2e:embedded"]);
  return isolated || embedded;
})();
const codes = await Promise.all([pg, iso]);
console.log(`e2e lanes: pg ${codes[0] === 0 ? "passed" : "FAILED"}, isolated + embedded ${codes[1] === 0 ? "passed" : "FAILED"} (${elapsed()})`);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
