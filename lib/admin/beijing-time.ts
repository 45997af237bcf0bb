// Round windows are entered and shown in Beijing time (UTC+8, no daylight saving) and stored as UTC.
const OFFSET_MS = 8 * 3_600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-01T09:00" (Beijing) -> the UTC instant, or null when it is not a real date-time */
export function beijingToUtc(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS;
  const back = new Date(t + OFFSET_MS);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return new Date(t);
}

/** the UTC instant as a datetime-local value in Beijing time ("2026-03-01T09:00") */
export function utcToBeijingInput(d: Date): string {
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}
