import { ClosingDay } from '../../../src/core/calendar/daysOff';
import {
  draftFromForm,
  formFromActivity,
  generatedDates,
  isIrregularList,
  removeSeriesDate,
  shortDayLabel,
  skippedDates,
  skippedLabel,
  templateForm,
  withFirstDate,
  withWeeks
} from '../../../src/ui/studio/studioDraft';
import { activity } from '../../unit/core/activityFixtures';

// Fridays from 27 November 2026: 25 December and 1 January are days off.
const NOW = new Date('2026-11-20T09:00:00Z');
const CARNIVAL: ClosingDay = { id: 1, date: '2027-02-08', name: 'Carnavalsmaandag', note: '' };

describe('studio form state: series skip public holidays and closing days', () => {
  it('"Lunchwandeling, elke vrijdag, 8 keer" over Christmas: 8 walks, and it says which Fridays it skipped', () => {
    const walk = templateForm('lunchWalk', NOW);
    expect(draftFromForm(walk).dates).toEqual(['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18', '2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29']);
    expect(skippedLabel(skippedDates(walk), 'nl-NL')).toBe('vr 25 dec (Eerste Kerstdag), vr 1 jan (Nieuwjaarsdag)');
    expect(skippedLabel(skippedDates(walk), 'en-US')).toBe("Fri, Dec 25 (Christmas Day), Fri, Jan 1 (New Year's Day)");
    // A list with weeks skipped for days off is still "every week".
    expect(isIrregularList(walk)).toBe(false);
  });

  it('skips the municipality\'s closing days passed in, and regenerates with them', () => {
    const mondays = withWeeks(withFirstDate(templateForm('startToRun', NOW), '2027-02-01', [CARNIVAL]), '3', [CARNIVAL]);
    expect(draftFromForm(mondays).dates).toEqual(['2027-02-01', '2027-02-15', '2027-02-22']);
    expect(skippedDates(mondays, [CARNIVAL]).map((d) => [d.date, d.kind, d.name.nl])).toEqual([['2027-02-08', 'closingDay', 'Carnavalsmaandag']]);
    expect(generatedDates('2027-02-01', '3')).toEqual(['2027-02-01', '2027-02-08', '2027-02-15']);
    // Without knowing the closing day, the gap is just an irregular list.
    expect(isIrregularList(mondays)).toBe(true);
    expect(isIrregularList(mondays, [CARNIVAL])).toBe(false);
  });

  it('starts after a first date that is itself a day off, and says so', () => {
    const form = withFirstDate(templateForm('lunchWalk', NOW), '2026-12-25');
    expect(draftFromForm(form).dates.slice(0, 2)).toEqual(['2027-01-08', '2027-01-15']);
    expect(draftFromForm(form).dates).toHaveLength(8);
    expect(skippedDates(form).map((d) => d.date)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('keeps an opened series exactly as stored, and names the holidays it leaves out', () => {
    const stored = ['2026-12-18', '2027-01-08', '2027-01-15'];
    const form = formFromActivity(activity({ shape: 'weeklyDropIn', dates: stored }), false, NOW, [CARNIVAL]);
    expect(draftFromForm(form).dates).toEqual(stored);
    expect(skippedDates(form, [CARNIVAL]).map((d) => d.date)).toEqual(['2026-12-25', '2027-01-01']);
    // Duplicated: from next week on, skipping the same days.
    const copy = formFromActivity(activity({ shape: 'weeklyDropIn', dates: ['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27', '2026-12-04', '2026-12-11'] }), true, NOW);
    expect(draftFromForm(copy).dates).toEqual(['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18', '2027-01-08', '2027-01-15']);
  });

  it('forgets nothing and invents nothing after edits by hand', () => {
    const walk = templateForm('lunchWalk', NOW);
    // A working day removed by hand is not reported as a holiday.
    const fewer = removeSeriesDate(walk, '2027-01-15');
    expect(skippedDates(fewer).map((d) => d.date)).toEqual(['2026-12-25', '2027-01-01']);
    expect(isIrregularList(fewer)).toBe(true);
    // A one-off event skips nothing (it gets a warning instead, in the form).
    expect(skippedDates({ ...walk, draft: { ...walk.draft, shape: 'oneOff' } })).toEqual([]);
  });

  it('writes short dates for the note', () => {
    expect(shortDayLabel('2026-12-25', 'nl-NL')).toBe('vr 25 dec');
    expect(shortDayLabel('2027-01-01', 'en-US')).toBe('Fri, Jan 1');
    expect(shortDayLabel('x', 'nl-NL')).toBe('x');
  });
});
