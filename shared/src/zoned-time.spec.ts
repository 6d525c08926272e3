import { isoToWallTime, wallTimeToIso, yearIn, zoneOffsetMinutes } from './zoned-time';

describe('zoned time', () => {
  it('gives the offset of the zone meant', () => {
    expect(wallTimeToIso('2026-12-01T00:00', 'Europe/Moscow')).toBe('2026-12-01T00:00:00+03:00');
    expect(wallTimeToIso('2026-12-01T00:00', 'Asia/Vladivostok')).toBe('2026-12-01T00:00:00+10:00');
    expect(wallTimeToIso('2026-12-01T00:00', 'UTC')).toBe('2026-12-01T00:00:00+00:00');
    // Berlin: winter +01:00, summer +02:00.
    expect(wallTimeToIso('2026-01-15T12:30', 'Europe/Berlin')).toBe('2026-01-15T12:30:00+01:00');
    expect(wallTimeToIso('2026-07-15T12:30', 'Europe/Berlin')).toBe('2026-07-15T12:30:00+02:00');
    expect(wallTimeToIso('2026-12-01', 'UTC')).toBeNull();
  });

  it('reads instants back on the zone’s wall clock', () => {
    expect(isoToWallTime('2026-11-30T21:00:00.000Z', 'Europe/Moscow')).toBe('2026-12-01T00:00');
    expect(isoToWallTime('2026-07-15T10:30:00Z', 'Europe/Berlin')).toBe('2026-07-15T12:30');
    expect(zoneOffsetMinutes(new Date('2026-07-15T10:30:00Z'), 'America/New_York')).toBe(-240);
  });

  it('tells the year in the zone, not in UTC', () => {
    expect(yearIn(new Date('2026-12-31T21:30:00Z'), 'Europe/Moscow')).toBe(2027);
    expect(yearIn(new Date('2026-12-31T20:59:59Z'), 'Europe/Moscow')).toBe(2026);
    expect(yearIn(new Date('2027-01-01T03:00:00Z'), 'America/New_York')).toBe(2026);
  });
});
