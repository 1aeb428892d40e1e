import { closingDayInputOf, closingDayWarning, validateClosingDayForm } from '../../../src/core/calendar/closingDayForm';
import { ClosingDay } from '../../../src/core/calendar/daysOff';

// Owners add the municipality's own closing days in the studio (Beheer → Sluitingsdagen).

const TODAY = '2026-12-04';
const EXISTING: ClosingDay[] = [{ id: 3, date: '2027-02-08', name: 'Carnavalsmaandag', note: '' }];
const form = (date: string, name = 'Carnavalsdinsdag', note = ''): { date: string; name: string; note: string } => ({ date, name, note });
const codes = (date: string, name?: string, note?: string): string[] =>
  validateClosingDayForm(form(date, name, note), EXISTING, TODAY).map((e) => `${e.field}:${e.code}`);

describe('validateClosingDayForm', () => {
  it('accepts a real future date with a name', () => {
    expect(codes('2027-02-09')).toEqual([]);
    // Today itself is still upcoming.
    expect(codes(TODAY)).toEqual([]);
  });

  it('requires a date and a name (whitespace is no name)', () => {
    expect(codes('', '   ')).toEqual(['date:required', 'name:required']);
  });

  it('refuses a date that does not exist or is not a date', () => {
    expect(codes('2027-02-30')).toEqual(['date:dateInvalid']);
    expect(codes('9-2-2027')).toEqual(['date:dateInvalid']);
  });

  it('refuses a date before today (the panel lists the days from today on)', () => {
    expect(codes('2026-12-03')).toEqual(['date:dateInPast']);
  });

  it('refuses a date that already is a closing day, naming it', () => {
    const errors = validateClosingDayForm(form('2027-02-08'), EXISTING, TODAY);
    expect(errors).toEqual([{ field: 'date', code: 'notAllowed', params: { reason: 'duplicate', date: '2027-02-08', name: 'Carnavalsmaandag' } }]);
  });

  it('limits the name to what SharePoint keeps (255)', () => {
    expect(codes('2027-02-09', 'x'.repeat(256))).toEqual(['name:maxLength']);
    expect(codes('2027-02-09', 'x'.repeat(255))).toEqual([]);
  });
});

describe('closingDayWarning', () => {
  it('warns for a public holiday, also one that is no day off (Goede Vrijdag)', () => {
    expect(closingDayWarning('2027-05-06')).toMatchObject({ kind: 'publicHoliday', holiday: { key: 'ascension' } });
    expect(closingDayWarning('2027-03-26')).toMatchObject({ kind: 'publicHoliday', holiday: { key: 'goodFriday' } });
  });

  it('warns for a Saturday or Sunday', () => {
    expect(closingDayWarning('2027-02-06')).toEqual({ kind: 'weekend', weekday: 6 });
    expect(closingDayWarning('2027-02-07')).toEqual({ kind: 'weekend', weekday: 0 });
  });

  it('says nothing for a working day or a date that is not real', () => {
    // The Friday after Ascension 2027 (Easter 28 March + 40 days).
    expect(closingDayWarning('2027-05-07')).toBeUndefined();
    expect(closingDayWarning('2027-02-30')).toBeUndefined();
    expect(closingDayWarning('')).toBeUndefined();
  });
});

describe('closingDayInputOf', () => {
  it('trims what is stored', () => {
    expect(closingDayInputOf({ date: ' 2027-02-09 ', name: ' Carnavalsdinsdag ', note: ' Alle locaties dicht ' })).toEqual({
      date: '2027-02-09',
      name: 'Carnavalsdinsdag',
      note: 'Alle locaties dicht'
    });
  });
});
