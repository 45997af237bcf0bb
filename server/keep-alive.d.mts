import type { Server } from "node:http";

export const KEEP_ALIVE_MS: number;
export function keepConnectionsAlive<S extends Server>(server: S, ms?: number): S;
