// Types of e2e/find-tools.mjs (plain JavaScript: e2e/lanes.mjs runs it before anything is compiled)
/** Sets CHROMIUM_PATH and NGINX_PATH in process.env (children inherit them); exits when one cannot be had. */
export function findTools(): void;
/** the browser the suite drives when CHROMIUM_PATH is not set */
export function chromiumPath(): string;
