import { validateActivityDraft } from '../../../src/core/activities/activityDraft';
import {
  addSeriesDate,
  dayMonthLabel,
  draftFromForm,
  emptyForm,
  formDateErrors,
  formFromActivity,
  generatedDates,
  isIrregularList,
  newDateError,
  removeSeriesDate,
  StudioFormState,
  templateForm,
  withFirstDate,
  withWeeks
} from '../../../src/ui/studio/studioDraft';
import { validationMessage } from '../../../src/ui/studio/studioMessages';
import { activity } from '../../unit/core/activityFixtures';

const NOW = new Date('2026-11-20T09:00:00Z');
const TODAY = '2026-11-20';
// Start to Run on Thursdays in December; 17 December skipped.
const IRREGULAR = ['2026-12-03', '2026-12-10', '2026-12-24', '2026-12-31'];

function programme(dates: string[]): StudioFormState {
  return formFromActivity(activity({ id: 3, title: 'Start to Run', shape: 'programme', dates }), false, NOW);
}

describe('studio form state: the dates of a series', () => {
  it('opens an irregular programme with exactly its dates and saves exactly those', () => {
    const form = programme(IRREGULAR);
    expect(form.seriesDates).toEqual(IRREGULAR);
    expect(isIrregularList(form)).toBe(true);
    expect(draftFromForm(form).dates).toEqual(IRREGULAR);
    // Not the regular series "first date + 4 weeks" would make.
    expect(generatedDates(form.firstDate, form.weeks)).toEqual(['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24']);
  });

  it('stores the dates ascending and each once, whatever order SharePoint returned', () => {
    const form = programme(['2026-12-24', '2026-12-03', '2026-12-31', '2026-12-10', '2026-12-24']);
    expect(draftFromForm(form).dates).toEqual(IRREGULAR);
    expect(form.firstDate).toBe('2026-12-03');
    expect(form.weeks).toBe('4');
  });

  it('opens a regular weekly series as first date + weeks, the same dates', () => {
    const form = programme(['2026-12-03', '2026-12-10', '2026-12-17']);
    expect(isIrregularList(form)).toBe(false);
    expect(form.firstDate).toBe('2026-12-03');
    expect(form.weeks).toBe('3');
    expect(draftFromForm(form).dates).toEqual(['2026-12-03', '2026-12-10', '2026-12-17']);
  });

  it('gives a duplicated series weekly dates from next week on, as many as it had', () => {
    const form = formFromActivity(activity({ shape: 'programme', dates: IRREGULAR }), true, NOW);
    expect(draftFromForm(form).dates).toEqual(['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18']);
  });

  it('removes a date; first date and weeks follow the list', () => {
    const form = removeSeriesDate(programme(IRREGULAR), '2026-12-03');
    expect(draftFromForm(form).dates).toEqual(['2026-12-10', '2026-12-24', '2026-12-31']);
    expect(form.firstDate).toBe('2026-12-10');
    expect(form.weeks).toBe('3');
    expect(draftFromForm(removeSeriesDate(form, '2026-12-24')).dates).toEqual(['2026-12-10', '2026-12-31']);
  });

  it('adds a date in date order and empties the input', () => {
    const form = addSeriesDate({ ...programme(IRREGULAR), newDate: '2026-12-17' }, TODAY);
    expect(draftFromForm(form).dates).toEqual(['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31']);
    expect(form.newDate).toBe('');
    expect(isIrregularList(form)).toBe(false);
  });

  it('refuses a duplicate, a past, an empty or an impossible date, in Dutch', () => {
    const form = programme(IRREGULAR);
    const duplicate = { ...form, newDate: '2026-12-24' };
    expect(addSeriesDate(duplicate, TODAY)).toBe(duplicate);
    expect(validationMessage(newDateError(duplicate, TODAY)!)).toBe('24 december staat al in de lijst.');
    const past = { ...form, newDate: '2026-11-19' };
    expect(addSeriesDate(past, TODAY)).toBe(past);
    expect(validationMessage(newDateError(past, TODAY)!)).toBe('Extra datum ligt in het verleden.');
    expect(newDateError({ ...form, newDate: TODAY }, TODAY)).toBeUndefined();
    expect(validationMessage(newDateError({ ...form, newDate: '' }, TODAY)!)).toBe('Vul extra datum in.');
    expect(newDateError({ ...form, newDate: '2026-02-30' }, TODAY)!.code).toBe('dateInvalid');
  });

  it('blocks saving while a typed date was not added, and reports a listed duplicate', () => {
    const form = programme(IRREGULAR);
    expect(formDateErrors(form, TODAY)).toEqual([]);
    expect(formDateErrors({ ...form, newDate: '2027-01-07' }, TODAY).map((e) => validationMessage(e))).toEqual([
      'Deze datum is nog niet toegevoegd: kies "Datum toevoegen" of maak het veld leeg.'
    ]);
    expect(formDateErrors({ ...form, newDate: '2026-12-10' }, TODAY).map((e) => validationMessage(e))).toEqual(['10 december staat al in de lijst.']);
    const twice = { ...form, seriesDates: ['2026-12-03', '2026-12-03', '2026-12-10'] };
    expect(formDateErrors(twice, TODAY).map((e) => [e.field, validationMessage(e)])).toEqual([['dates', '3 december staat al in de lijst.']]);
    // A one-off event has no list.
    expect(formDateErrors({ ...twice, draft: { ...twice.draft, shape: 'oneOff' }, newDate: '2027-01-07' }, TODAY)).toEqual([]);
  });

  it('generates the list again from a new first date or number of weeks', () => {
    const edited = programme(IRREGULAR);
    const moved = withFirstDate(edited, '2027-01-07');
    expect(draftFromForm(moved).dates).toEqual(['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28']);
    const longer = withWeeks(edited, '6');
    expect(draftFromForm(longer).dates).toEqual(['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31', '2027-01-07']);
    expect(draftFromForm(withWeeks(edited, '')).dates).toEqual([]);
    expect(draftFromForm(withFirstDate(edited, '')).dates).toEqual([]);
    // Far too many weeks: one over the maximum, so validation reports the count.
    expect(draftFromForm(withWeeks(edited, '999')).dates).toHaveLength(53);
  });

  it('reports past dates of a series through validateActivityDraft, and none for the list as opened', () => {
    const rules = { now: NOW, locations: [], mayPublishPrivate: false };
    const form = programme(IRREGULAR);
    expect(validateActivityDraft(draftFromForm(form), rules).filter((e) => e.field === 'dates')).toEqual([]);
    const withPast = { ...form, seriesDates: ['2026-11-12'].concat(IRREGULAR) };
    const errors = validateActivityDraft(draftFromForm(withPast), rules).filter((e) => e.field === 'dates');
    expect(errors.map((e) => validationMessage(e))).toEqual(['Datum ligt in het verleden.']);
  });

  it('keeps a one-off event a single date, and templates generate their series', () => {
    const oneOff = withFirstDate(templateForm('workshop', NOW), '2026-12-08');
    expect(draftFromForm(oneOff).dates).toEqual(['2026-12-08']);
    const walk = templateForm('lunchWalk', NOW);
    expect(draftFromForm(walk).dates).toHaveLength(8);
    expect(draftFromForm(walk).dates[0]).toBe('2026-11-27');
    expect(draftFromForm(emptyForm(NOW)).dates).toEqual(['2026-11-27']);
  });

  it('names a date short enough for a button', () => {
    expect(dayMonthLabel('2026-12-24', 'nl-NL')).toBe('24 december');
    expect(dayMonthLabel('2026-12-24', 'nl-NL', true)).toBe('24 december 2026');
    expect(dayMonthLabel('2026-12-24', 'en-US')).toBe('December 24');
  });
});
