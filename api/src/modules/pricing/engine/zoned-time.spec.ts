import { offsetMs, zonedTimeToInstant } from './zoned-time';

describe('local time in a zone → instant', () => {
  it.each([
    ['2026-12-01T00:00', 'Europe/Moscow', '2026-11-30T21:00:00.000Z'],
    ['2026-12-01', 'Europe/Moscow', '2026-11-30T21:00:00.000Z'],
    ['2026-12-01T00:00', 'Asia/Vladivostok', '2026-11-30T14:00:00.000Z'],
    ['2026-12-01T00:00', 'UTC', '2026-12-01T00:00:00.000Z'],
    ['2026-07-01T09:30:15', 'Europe/Berlin', '2026-07-01T07:30:15.000Z'], // summer time, +2
    ['2026-12-01T09:30', 'Europe/Berlin', '2026-12-01T08:30:00.000Z'], // winter time, +1
    ['2026-03-29T02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'], // in the spring gap → 03:30 CEST
    ['2026-10-25T02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'], // in the autumn overlap → the earlier
    ['2026-03-08T00:00', 'America/New_York', '2026-03-08T05:00:00.000Z'],
  ])('%s %s → %s', (local, zone, expected) => {
    expect(zonedTimeToInstant(local, zone).toISOString()).toBe(expected);
  });

  it('knows the offset', () => {
    expect(offsetMs(Date.parse('2026-12-01T00:00:00Z'), 'Europe/Moscow')).toBe(3 * 3600_000);
  });

  it.each(['2026-13-01', '2026-02-30', '1.12.2026', '2026-12-01T25:00'])('refuses %s', (bad) => {
    expect(() => zonedTimeToInstant(bad, 'Europe/Moscow')).toThrow(/local date-time/);
  });
});
