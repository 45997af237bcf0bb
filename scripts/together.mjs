#!/usr/bin/env node
// `node scripts/together.mjs typecheck lint`: npm scripts that need one core each, run at once (each
// line prefixed with its script); both run to the end, and the exit code is non-zero when any failed.
import { runPrefixed } from "./prefixed.mjs";

const scripts = process.argv.slice(2);
const codes = await Promise.all(scripts.map((s) => runPrefixed(s, "npm", ["run", "-s", s])));
const failed = scripts.filter((_, i) => codes[i] !== 0);
if (failed.length) console.log(`failed: ${failed.join(", ")}`);
process.exit(failed.length ? 1 : 0);
