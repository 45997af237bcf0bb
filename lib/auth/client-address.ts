import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "../../server/client-address.mjs";
import { log } from "../log";

let warned = false;

/**
 * The client's address as server/main.mjs resolved it from the socket (and TRUSTED_PROXY_HOPS).
 * "unknown" when the app is served some other way (e.g. a bare `next start`): callers then skip
 * per-address limits rather than put every client in one bucket.
 */
export async function clientAddress(): Promise<string> {
  const value = (await headers()).get(CLIENT_ADDRESS_HEADER);
  if (value) return value;
  if (!warned && process.env.NODE_ENV === "production") {
    warned = true;
    log.warn("client address unknown: serve the portal with server/main.mjs (npm start), not a bare `next start`");
  }
  return UNKNOWN_ADDRESS;
}

export const UNKNOWN_ADDRESS = "unknown";
