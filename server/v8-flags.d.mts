export const DEFAULT_V8_FLAGS: string;
export function parseV8Flags(value?: string): string[];
export function applyV8Flags(env?: Record<string, string | undefined>): string[];
