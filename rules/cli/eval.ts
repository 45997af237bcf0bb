// npm run -s rules:eval < cases.json
// stdin: a JSON array of cases { id, measure, applicant, subject, facts, history, params? }.
// stdout: a JSON array, same order, of { id, measure, eligible, ceilingFen, fixed, reasons, trace }.
// Exit 0 for any array (elements that are not cases come back ineligible with a reason);
// exit 1 with a message on stderr only when stdin is not a JSON array.
import { readFileSync } from "node:fs";
import { evaluateBatch } from "../batch";

function fail(message: string): void {
  process.stderr.write(`rules:eval: ${message}\n`);
  process.exitCode = 1;
}

function main(): void {
  let text: string;
  try {
    text = readFileSync(0, "utf8");
  } catch (e) {
    return fail(`cannot read stdin (${(e as Error).message})`);
  }
  if (text.trim() === "") return fail("stdin is empty; expected a JSON array of cases");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`stdin is not valid JSON (${(e as Error).message}); expected a JSON array of cases`);
  }
  if (!Array.isArray(data)) {
    return fail(`stdin must be a JSON array of cases, got ${data === null ? "null" : typeof data}`);
  }
  // a trace value a rule left as a bigint must not crash the output
  process.stdout.write(JSON.stringify(evaluateBatch(data), (_k, v) => (typeof v === "bigint" ? v.toString() : v)) + "\n");
}

main();
