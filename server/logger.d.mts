import type { DestinationStream, Logger } from "pino";

export function scrubText(s: string): string;
export function scrub(value: unknown, depth?: number): unknown;
export function createLogger(destination?: DestinationStream): Logger;
export const log: Logger;
export function requestIdFrom(header: string | string[] | undefined): string;
export function withRequestContext<T>(requestId: string, f: () => T): T;
export function currentRequestId(): string | undefined;
