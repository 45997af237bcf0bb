#!/usr/bin/env node
// `npm run test:e2e`: the end-to-end suite in two lanes at once, each line of output prefixed with
// its lane. Lane "pg" runs the specs against the suite's server on PostgreSQL (one worker: they share
// its database). Lane "iso" runs the specs that bring their own servers and databases (the crash
// test, two servers behind nginx), then the applicant journey on the embedded database
// (test:e2e:embedded). Both lanes always run to the end; the exit code is non-zero when either
// failed. With arguments it is plain `playwright test <args>` (one spec, one lane).
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { findTools } from "./find-tools.mjs";

findTools();
const args = process.argv.slice(2);
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`;

/** runs one command, its output prefixed with `lane`; resolves to its exit code */
function run(lane, command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    console.log(`[${lane}] ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join("")}${command} ${commandArgs.join(" ")}`);
    const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => console.log(`[${lane}] ${line}`));
    }
    child.on("error", (e) => {
      console.log(`[${lane}] could not start ${command}: ${e.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      console.log(`[${lane}] exited ${signal ?? code} after ${elapsed()}`);
      resolve(code ?? 1);
    });
  });
}

if (args.length > 0) {
  process.exit(await run("e2e", "npx", ["playwright", "test", ...args]));
}

const pg = run("pg", "npx", ["playwright", "test"], { E2E_LANE: "main" });
const iso = (async () => {
  const isolated = await run("iso", "npx", ["playwright", "test"], { E2E_LANE: "isolated" });
  const embedded = await run("embedded", "npm", ["run", "-s", "test:e2e:embedded"]);
  return isolated || embedded;
})();
const codes = await Promise.all([pg, iso]);
console.log(`e2e lanes: pg ${codes[0] === 0 ? "passed" : "FAILED"}, isolated + embedded ${codes[1] === 0 ? "passed" : "FAILED"} (${elapsed()})`);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
