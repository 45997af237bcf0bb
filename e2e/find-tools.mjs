#!/usr/bin/env node
// The programs the end-to-end suite drives, found before anything runs: Chromium (CHROMIUM_PATH,
// else the system's) and nginx (NGINX_PATH, else /usr/sbin/nginx; the several-servers spec starts
// it with a config of its own, never as a service). Missing ones are installed from the OS's own
// packages when this may (root with apt-get, as on CI); otherwise it says in one line what to run
// and exits 1. Imported by e2e/lanes.mjs; run alone it checks and prints what it found.
import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { pathToFileURL } from "node:url";

const runnable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const first = (paths) => paths.find((p) => p && runnable(p));

const CHROMIUM_PATHS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** the browser the suite drives when CHROMIUM_PATH is not set: the first of CHROMIUM_PATHS there is */
export function chromiumPath() {
  return first(CHROMIUM_PATHS) ?? CHROMIUM_PATHS[0];
}

const TOOLS = [
  // Chromium's headless shell first: Playwright's own headless browser, without the full browser's
  // GPU process work and PDF viewer; the suite took a fifth less time in it (ADR 025). The full
  // browser still serves (a spec that needs its PDF viewer is run with CHROMIUM_PATH=/usr/bin/chromium).
  { env: "CHROMIUM_PATH", paths: CHROMIUM_PATHS, packages: ["chromium-headless-shell", "fonts-wqy-microhei"] },
  { env: "NGINX_PATH", paths: ["/usr/sbin/nginx"], packages: ["nginx"] },
];

/** Sets CHROMIUM_PATH and NGINX_PATH in process.env (children inherit them); exits when one cannot be had. */
export function findTools() {
  const missing = [];
  for (const t of TOOLS) {
    const found = first([process.env[t.env], ...t.paths]);
    if (found) process.env[t.env] = found;
    else missing.push(t);
  }
  if (missing.length === 0) return;
  const packages = missing.flatMap((t) => t.packages);
  const mayInstall = process.getuid?.() === 0 && runnable("/usr/bin/apt-get");
  if (mayInstall) {
    console.log(`e2e: installing ${packages.join(" ")} from the OS packages`);
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    for (const t of missing) {
      const found = first(t.paths);
      if (found) process.env[t.env] = found;
    }
  }
  const still = missing.filter((t) => !process.env[t.env] || !runnable(process.env[t.env]));
  if (still.length > 0) {
    console.error(`e2e needs ${still.map((t) => t.env.replace("_PATH", "").toLowerCase()).join(" and ")}: run \`sudo apt-get install -y ${still.flatMap((t) => t.packages).join(" ")}\` (or set ${still.map((t) => t.env).join(" / ")}); never \`npx playwright install\``);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  findTools();
  console.log(`chromium: ${process.env.CHROMIUM_PATH}\nnginx: ${process.env.NGINX_PATH}`);
}
