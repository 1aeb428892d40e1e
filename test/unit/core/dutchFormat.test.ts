import {
  formatAmsterdamDateTime,
  formatDateLong,
  formatDateShort,
  formatTime,
  formatTimeRange,
  monthName,
  weekdayName
} from '../../../src/core';

const nov24 = { year: 2026, month: 11, day: 24 };

describe('formatDateShort / formatDateLong', () => {
  it('formats Dutch first', () => {
    expect(formatDateShort(nov24, 'nl-NL')).toBe('di 24 nov 2026');
    expect(formatDateLong(nov24, 'nl-NL')).toBe('dinsdag 24 november 2026');
  });

  it('formats US English', () => {
    expect(formatDateShort(nov24, 'en-US')).toBe('Tue, Nov 24, 2026');
    expect(formatDateLong(nov24, 'en-US')).toBe('Tuesday, November 24, 2026');
  });

  it.each([
    [{ year: 2026, month: 3, day: 29 }, 'zo 29 mrt 2026', 'Sun, Mar 29, 2026'],
    [{ year: 2026, month: 5, day: 4 }, 'ma 4 mei 2026', 'Mon, May 4, 2026'],
    [{ year: 2026, month: 10, day: 7 }, 'wo 7 okt 2026', 'Wed, Oct 7, 2026'],
    [{ year: 2026, month: 1, day: 1 }, 'do 1 jan 2026', 'Thu, Jan 1, 2026'],
    [{ year: 2026, month: 9, day: 11 }, 'vr 11 sep 2026', 'Fri, Sep 11, 2026'],
    [{ year: 2024, month: 2, day: 29 }, 'do 29 feb 2024', 'Thu, Feb 29, 2024'],
    [{ year: 2026, month: 6, day: 13 }, 'za 13 jun 2026', 'Sat, Jun 13, 2026']
  ])('short form of %o', (date: { year: number; month: number; day: number }, nl: string, en: string) => {
    expect(formatDateShort(date, 'nl-NL')).toBe(nl);
    expect(formatDateShort(date, 'en-US')).toBe(en);
  });

  it('matches Intl for the long form on every day of 2026 and 2027', () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
    const nl = new Intl.DateTimeFormat('nl-NL', options);
    const en = new Intl.DateTimeFormat('en-US', options);
    const mismatches: string[] = [];
    for (let t: number = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86400000) {
      const d: Date = new Date(t);
      const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      if (formatDateLong(date, 'nl-NL') !== nl.format(d) || formatDateLong(date, 'en-US') !== en.format(d)) {
        mismatches.push(d.toISOString());
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('formatTime / formatTimeRange', () => {
  it('uses the 24-hour clock in Dutch', () => {
    expect(formatTime({ hour: 12, minute: 15 }, 'nl-NL')).toBe('12:15');
    expect(formatTime({ hour: 9, minute: 5 }, 'nl-NL')).toBe('09:05');
    expect(formatTime({ hour: 0, minute: 0 }, 'nl-NL')).toBe('00:00');
    expect(formatTimeRange({ hour: 12, minute: 15 }, { hour: 13, minute: 0 }, 'nl-NL')).toBe('12:15\u201313:00');
  });

  it('uses AM/PM in US English, once when both ends share it', () => {
    expect(formatTime({ hour: 12, minute: 15 }, 'en-US')).toBe('12:15 PM');
    expect(formatTime({ hour: 0, minute: 5 }, 'en-US')).toBe('12:05 AM');
    expect(formatTime({ hour: 9, minute: 30 }, 'en-US')).toBe('9:30 AM');
    expect(formatTime({ hour: 23, minute: 59 }, 'en-US')).toBe('11:59 PM');
    expect(formatTimeRange({ hour: 12, minute: 15 }, { hour: 13, minute: 0 }, 'en-US')).toBe('12:15\u20131:00 PM');
    expect(formatTimeRange({ hour: 11, minute: 30 }, { hour: 12, minute: 15 }, 'en-US')).toBe('11:30 AM\u201312:15 PM');
  });
});

describe('formatAmsterdamDateTime', () => {
  it('shows an instant on the Amsterdam clock in winter and summer', () => {
    expect(formatAmsterdamDateTime(new Date('2026-11-24T11:15:00Z'), 'nl-NL')).toBe('di 24 nov 2026 12:15');
    expect(formatAmsterdamDateTime(new Date('2026-06-01T10:15:00Z'), 'nl-NL')).toBe('ma 1 jun 2026 12:15');
    expect(formatAmsterdamDateTime(new Date('2026-11-24T11:15:00Z'), 'en-US')).toBe('Tue, Nov 24, 2026, 12:15 PM');
    // Late UTC evening is the next day in Amsterdam.
    expect(formatAmsterdamDateTime(new Date('2026-11-24T23:30:00Z'), 'nl-NL')).toBe('wo 25 nov 2026 00:30');
  });
});

describe('monthName / weekdayName', () => {
  it('names months and weekdays, Sunday = 0', () => {
    expect(monthName(3, 'nl-NL', 'long')).toBe('maart');
    expect(monthName(3, 'nl-NL', 'short')).toBe('mrt');
    expect(monthName(12, 'en-US', 'long')).toBe('December');
    expect(weekdayName(0, 'nl-NL', 'long')).toBe('zondag');
    expect(weekdayName(3, 'nl-NL', 'short')).toBe('wo');
    expect(weekdayName(6, 'en-US', 'short')).toBe('Sat');
  });

  it('throws for out-of-range numbers', () => {
    expect(() => monthName(0, 'nl-NL', 'long')).toThrow(RangeError);
    expect(() => monthName(13, 'en-US', 'short')).toThrow(RangeError);
    expect(() => weekdayName(7, 'nl-NL', 'long')).toThrow(RangeError);
  });
});
