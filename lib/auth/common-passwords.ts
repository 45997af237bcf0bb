import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ActionError } from "../errors";

// The shipped list of common passwords (common-passwords.txt, with its source and licence in its
// header): no network at run time. Read once, on the first check.

let words: Set<string> | null = null;

function load(): Set<string> {
  const file = path.join(process.cwd(), "lib", "auth", "common-passwords.txt");
  const lines = readFileSync(file, "utf8").split("\n");
  return new Set(lines.filter((l) => l && !l.startsWith("#")));
}

/** Whether `password` is on the list, ignoring case. */
export function isCommonPassword(password: string): boolean {
  words ??= load();
  return words.has(password.toLowerCase());
}

/** Refuses a common password with the message next to `field`. */
export function rejectCommonPassword(password: string, field = "password"): void {
  if (isCommonPassword(password)) throw new ActionError("validation", { [field]: "password_common" });
}
