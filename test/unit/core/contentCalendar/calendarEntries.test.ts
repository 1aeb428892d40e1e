import { calendarEntries, publishDateOf } from '../../../../src/core/contentCalendar/calendarEntries';
import { at, MANTELZORG, nationalDay, post, theme, WERKSTRESS } from './fixtures';

describe('publishDateOf', () => {
  it('uses the Amsterdam date, not the UTC date', () => {
    const p = post(1, '2026-11-01 00:30');
    expect(p.publishAt.toISOString()).toBe('2026-10-31T23:30:00.000Z');
    expect(publishDateOf(p)).toBe('2026-11-01');
    // Summer time: 00:30 on 1 July is 22:30 UTC on 30 June.
    expect(publishDateOf(post(2, '2026-07-01 00:30'))).toBe('2026-07-01');
    expect(publishDateOf(post(3, '2026-06-30 23:59'))).toBe('2026-06-30');
  });

  it('keeps 09:00 on both DST switch Sundays of 2026 on that Sunday', () => {
    expect(publishDateOf(post(1, '2026-03-29 09:00'))).toBe('2026-03-29');
    expect(publishDateOf(post(2, '2026-10-25 09:00'))).toBe('2026-10-25');
    // Just after midnight, before the switch (CET), and late in the evening after it.
    expect(publishDateOf(post(3, '2026-03-29 00:30'))).toBe('2026-03-29');
    expect(publishDateOf(post(4, '2026-03-29 23:30'))).toBe('2026-03-29');
    expect(publishDateOf(post(5, '2026-10-25 23:30'))).toBe('2026-10-25');
    expect(publishDateOf(post(6, '2026-10-25 00:15'))).toBe('2026-10-25');
  });
});

describe('calendarEntries', () => {
  it('groups posts by Amsterdam date, earliest first, and drops those outside the range', () => {
    const entries = calendarEntries({
      posts: [post(3, '2026-11-10 15:00'), post(1, '2026-11-01 00:30'), post(2, '2026-11-10 08:00'), post(4, '2026-12-07 00:10')],
      themes: [],
      nationalDays: [],
      from: '2026-10-26',
      to: '2026-12-06'
    });
    expect(entries.postsByDate['2026-11-01'].map((p) => p.id)).toEqual([1]);
    expect(entries.postsByDate['2026-10-31']).toBeUndefined();
    expect(entries.postsByDate['2026-11-10'].map((p) => p.id)).toEqual([2, 3]);
    expect(entries.postsByDate['2026-12-07']).toBeUndefined();
  });

  it('puts a post of 29 February 2028 on that day', () => {
    const entries = calendarEntries({ posts: [post(1, '2028-02-29 23:30')], themes: [], nationalDays: [], from: '2028-01-31', to: '2028-03-05' });
    expect(Object.keys(entries.postsByDate)).toEqual(['2028-02-29']);
  });

  it('places national days on every day they span, clipped to the range', () => {
    // Week van de werkstress 2026: 2nd Monday of November = 9 Nov, five days.
    const entries = calendarEntries({ posts: [], themes: [], nationalDays: [MANTELZORG, WERKSTRESS], from: '2026-11-10', to: '2026-11-12' });
    expect(Object.keys(entries.nationalDaysByDate).sort()).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    expect(entries.nationalDaysByDate['2026-11-10'].map((o) => o.day.title)).toEqual(['Week van de werkstress', 'Dag van de Mantelzorg']);
    expect(entries.nationalDaysByDate['2026-11-11'].map((o) => o.day.title)).toEqual(['Week van de werkstress']);
    expect(entries.nationalDaysByDate['2026-11-11'][0]).toMatchObject({ start: '2026-11-09', end: '2026-11-13' });
  });

  it('spans a multi-day event across the year boundary and skips inactive days', () => {
    const newYear = nationalDay(5, 'Goede voornemens', { kind: 'fixed', month: 12, day: 30 }, { durationDays: 4 });
    const off = nationalDay(6, 'Uit', { kind: 'fixed', month: 1, day: 1 }, { active: false });
    const entries = calendarEntries({ posts: [], themes: [], nationalDays: [newYear, off], from: '2026-12-28', to: '2027-01-03' });
    expect(Object.keys(entries.nationalDaysByDate).sort()).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('keys themes by ISO week; the lowest id wins a duplicate', () => {
    const entries = calendarEntries({
      posts: [],
      themes: [theme(9, 2026, 53, 'mentaal'), theme(4, 2026, 53, 'fysiek'), theme(5, 2027, 1, 'voeding')],
      nationalDays: [],
      from: '2026-12-28',
      to: '2027-01-10'
    });
    expect(entries.themesByWeek['2026-W53'].theme).toBe('fysiek');
    expect(entries.themesByWeek['2027-W01'].theme).toBe('voeding');
  });

  it('rejects malformed bounds', () => {
    expect(() => calendarEntries({ posts: [], themes: [], nationalDays: [], from: '2026-11', to: '2026-12-01' })).toThrow(RangeError);
    expect(at('2026-11-10 09:00').toISOString()).toBe('2026-11-10T08:00:00.000Z');
  });

  it('puts the Dutch public holidays on their days (issue 15)', () => {
    const entries = calendarEntries({ posts: [], themes: [], nationalDays: [], from: '2026-11-30', to: '2027-01-03' });
    expect(Object.keys(entries.holidaysByDate).sort()).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
    expect(entries.holidaysByDate['2026-12-26']).toMatchObject({ key: 'boxingDay', name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' }, dayOff: true });
    // Goede Vrijdag is shown too, though it is not a day off.
    expect(calendarEntries({ posts: [], themes: [], nationalDays: [], from: '2026-03-30', to: '2026-04-05' }).holidaysByDate['2026-04-03']).toMatchObject({ key: 'goodFriday', dayOff: false });
  });

  it('puts the municipality\'s closing days on their days, only those shown, the lowest id once per date (issue 15)', () => {
    const closingDays = [
      { id: 9, date: '2027-02-08', name: 'Dubbel ingevoerd', note: '' },
      { id: 4, date: '2027-02-08', name: 'Carnavalsmaandag', note: 'Alle locaties dicht' },
      { id: 5, date: '2027-02-09', name: 'Carnavalsdinsdag', note: '' },
      { id: 6, date: '2027-05-07', name: 'Vrijdag na Hemelvaart', note: '' }
    ];
    const entries = calendarEntries({ posts: [], themes: [], nationalDays: [], closingDays, from: '2027-02-01', to: '2027-03-07' });
    expect(Object.keys(entries.closingDaysByDate).sort()).toEqual(['2027-02-08', '2027-02-09']);
    expect(entries.closingDaysByDate['2027-02-08']).toMatchObject({ id: 4, name: 'Carnavalsmaandag', note: 'Alle locaties dicht' });
    // Unreadable (undefined): no markers, the rest as before.
    expect(calendarEntries({ posts: [], themes: [], nationalDays: [], from: '2027-02-01', to: '2027-03-07' }).closingDaysByDate).toEqual({});
  });
});
