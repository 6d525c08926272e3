/**
 * Wall-clock times in a named time zone ↔ instants, for forms that let staff say "from 1 December
 * 00:00 Moscow time" (price rule validity). Uses only Intl (no tz database of our own).
 */

/** Offset of `zone` from UTC at `instant`, in minutes (Moscow: +180). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** "2026-12-01T00:00" in Europe/Moscow → "2026-12-01T00:00:00+03:00"; null for text that is not such a time. */
export function wallTimeToIso(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // The offset at the instant itself (twice: the first guess may sit across a DST change).
  let offset = zoneOffsetMinutes(new Date(wall), zone);
  offset = zoneOffsetMinutes(new Date(wall - offset * 60_000), zone);
  const sign = offset < 0 ? '-' : '+';
  return `${local}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An instant as "YYYY-MM-DDTHH:mm" on the wall clock of `zone` (for a datetime-local input). */
export function isoToWallTime(iso: string, zone: string): string {
  const instant = new Date(iso);
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, zone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The calendar year at `instant` in `zone` (an order placed at 00:30 on 1 January in Moscow is of the new year). */
export function yearIn(instant: Date, zone: string): number {
  return new Date(instant.getTime() + zoneOffsetMinutes(instant, zone) * 60_000).getUTCFullYear();
}
