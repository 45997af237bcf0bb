// Servers that benchmarks and the crash test start as child processes: wait until one answers,
// stop one and wait for it to exit.
import type { ChildProcess } from "node:child_process";

/** Polls `${base}${path}` (/sign-in unless told) until it answers 200; fails if `child` exits first or after `timeoutMs`. */
export async function waitForServer(base: string, child: ChildProcess, timeoutMs = 60_000, what = "the server", path = "/sign-in"): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} before answering`);
    try {
      if ((await fetch(`${base}${path}`)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not answer on ${base} in ${timeoutMs / 1000} s`);
}

/** Sends `signal` and resolves when the process has exited (at once if it already has). */
export async function stopProcess(p: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  await new Promise((r) => {
    p.once("exit", r);
    p.kill(signal);
  });
}
