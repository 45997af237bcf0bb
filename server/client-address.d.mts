import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER: "x-weihai-client-ip";
export const MAX_TRUSTED_PROXY_HOPS: number;
export function parseTrustedHops(raw: string | undefined): number;
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string;
export function applyClientAddress(req: IncomingMessage, hops: number): void;
