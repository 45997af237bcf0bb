export const HOT_WRITE: RegExp;
export const WRITE_TURN_MAX_MS: number;
export function parseWriteConcurrency(raw: string | undefined): number;
export interface Limiter {
  readonly active: number;
  readonly waiting: number;
  acquire(): Promise<() => void> | null;
}
export function createLimiter(max: number, maxQueue?: number): Limiter;
