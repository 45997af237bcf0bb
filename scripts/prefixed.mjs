// Runs a command with each line of its output prefixed by a label, for commands that run at once
// (e2e/lanes.mjs, scripts/together.mjs). Resolves to the exit code (1 when it could not start).
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`;

/** runs one command, its output prefixed with `[label]`; resolves to its exit code */
export function runPrefixed(label, command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    console.log(`[${label}] ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join("")}${command} ${commandArgs.join(" ")}`);
    const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => console.log(`[${label}] ${line}`));
    }
    child.on("error", (e) => {
      console.log(`[${label}] could not start ${command}: ${e.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      console.log(`[${label}] exited ${signal ?? code} after ${elapsed()}`);
      resolve(code ?? 1);
    });
  });
}

export { elapsed };
