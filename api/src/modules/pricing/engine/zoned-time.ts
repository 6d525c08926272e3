/**
 * Rule validity is a half-open interval of instants. People set it as local dates ("from 1 December,
 * Moscow time"); this turns such a wall-clock time in an IANA zone into the instant the engine compares.
 */
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * '2026-12-01T00:00' in 'Europe/Moscow' → 2026-11-30T21:00:00Z. A date alone means its midnight.
 * In a DST gap the offset before the gap is used (02:30 → 03:30); in an overlap, the earlier instant.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  const m = LOCAL_PATTERN.exec(local);
  if (m === null) throw new Error(`Not a local date-time: ${local}`);
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0));
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallClock);
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute
  ) {
    throw new Error(`Not a valid local date-time: ${local}`);
  }
  // Offsets a day before and after: at most one transition lies between them in real zones.
  const before = wallClock - offsetMs(wallClock - DAY_MS, timeZone);
  const after = wallClock - offsetMs(wallClock + DAY_MS, timeZone);
  const beforeFits = before + offsetMs(before, timeZone) === wallClock;
  const afterFits = after + offsetMs(after, timeZone) === wallClock;
  if (beforeFits && afterFits) return new Date(Math.min(before, after));
  if (afterFits) return new Date(after);
  return new Date(before);
}

/** The zone's offset from UTC at an instant, in milliseconds (Moscow: +3 h). */
export function offsetMs(instantMs: number, timeZone: string): number {
  let fmt = formatters.get(timeZone);
  if (fmt === undefined) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, fmt);
  }
  const parts: Record<string, number> = {};
  for (const part of fmt.formatToParts(instantMs)) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}
