import { ActivityDraft, MAX_SESSIONS } from '../../core/activities/activityDraft';
import { duplicateDates, isWeeklySeries, sortedUniqueDates } from '../../core/activities/dateSeries';
import { ClosingDay, DayOff, dayOffLookup, skippedDaysOff, weeklyDatesSkippingDaysOff } from '../../core/calendar/daysOff';
import { amsterdamDateOf, amsterdamWallTime } from '../../core/time/amsterdam';
import { addDays, IsoDate, parseIsoDate, pad, toIsoDate, weekdayOf } from '../../core/time/calendarDate';
import { DisplayLocale, monthName, weekdayName } from '../../core/time/dutchFormat';
import { Activity } from '../../core/types';
import { pickableLocations, StudioLocation } from '../../core/activities/locations';
import { ValidationError, validationError } from '../../core/validation/validationError';

/**
 * The form's own state: the draft plus how its dates are entered. A one-off event has one
 * date (`firstDate`). A weekly drop-in or a programme has a list of dates (`seriesDates`,
 * what will be saved), generated from `firstDate` + `weeks` and then edited date by date;
 * changing `firstDate` or `weeks` generates the list again.
 */
export interface StudioFormState {
  draft: ActivityDraft;
  firstDate: string;
  weeks: string;
  /** Weekly drop-in / programme: the dates that will be saved, ascending, each once. */
  seriesDates: IsoDate[];
  /** The "add a date" input: a date not (yet) in `seriesDates`. */
  newDate: string;
  /** "Andere plek…" chosen: the location is typed as free text, not picked from the list. */
  otherPlace?: boolean;
}

/** A location from the list: its name, address and route link go with the activity. */
export function withListLocation(state: StudioFormState, location: StudioLocation): StudioFormState {
  return { ...state, otherPlace: false, draft: { ...state.draft, location: location.name, address: location.address, routeUrl: location.mapUrl } };
}

/** "Andere plek…": a one-off place as free text, without the list's address or route link. */
export function withOtherPlace(state: StudioFormState, text: string): StudioFormState {
  return { ...state, otherPlace: true, draft: { ...state.draft, location: text, address: '', routeUrl: '' } };
}

/** Nothing chosen ("Kies…"). */
export function withoutLocation(state: StudioFormState): StudioFormState {
  return { ...state, otherPlace: false, draft: { ...state.draft, location: '', address: '', routeUrl: '' } };
}

/**
 * How the location field shows the form: picked from the offered list, or a one-off place typed
 * in — also an opened activity whose location is not (or no longer) in the list.
 */
export function placeMode(state: StudioFormState, offered: ReadonlyArray<StudioLocation>): 'list' | 'other' {
  if (state.otherPlace) {
    return 'other';
  }
  const text = state.draft.location.trim();
  return text && !offered.some((l) => l.name.trim() === text) ? 'other' : 'list';
}

export type TemplateName = 'lunchWalk' | 'startToRun' | 'workshop';

/**
 * The weekly dates `firstDate` + `weeks` stand for ([] when not yet a real date). Capped just
 * above the maximum a series may have, so "999" shows the count error instead of 999 rows.
 * Public holidays that are a day off and the municipality's `closingDays` are skipped, and the
 * series keeps its number of sessions (core/calendar/daysOff.ts): `weeks` is the number of
 * sessions, as the list's own edits already treat it (withList). skippedDates says which.
 */
export function generatedDates(firstDate: string, weeks: string, closingDays: ReadonlyArray<ClosingDay> = []): IsoDate[] {
  if (!firstDate) {
    return [];
  }
  if (!parseIsoDate(firstDate)) {
    return [firstDate];
  }
  const count = /^\d{1,3}$/.test(weeks.trim()) ? parseInt(weeks, 10) : 0;
  return weeklyDatesSkippingDaysOff(firstDate, Math.min(count, MAX_SESSIONS + 1), dayOffLookup(closingDays)).dates;
}

/**
 * The days off a weekly drop-in or programme leaves out (public holidays, closing days), in
 * date order: the weeks from the first date to the last listed date that are not listed and are
 * a day off. For a generated list these are exactly the dates generation skipped; for an
 * opened one, the holidays its organiser left out. [] for a one-off event.
 */
export function skippedDates(state: StudioFormState, closingDays: ReadonlyArray<ClosingDay> = []): DayOff[] {
  if (state.draft.shape === 'oneOff') {
    return [];
  }
  const listed = sortedUniqueDates(state.seriesDates.filter((d) => parseIsoDate(d) !== null));
  if (listed.length === 0) {
    return [];
  }
  // The typed first date when it is a skipped day off before the list (25 Dec → list from 8 Jan).
  const from = parseIsoDate(state.firstDate) && state.firstDate < listed[0] ? state.firstDate : listed[0];
  return skippedDaysOff(from, listed, dayOffLookup(closingDays));
}

/** 'vr 25 dec' / 'Fri, Dec 25': a date in a sentence that lists several. */
export function shortDayLabel(date: IsoDate, locale: DisplayLocale): string {
  const parsed = parseIsoDate(date);
  if (!parsed) {
    return date;
  }
  const weekday = weekdayName(weekdayOf(parsed.year, parsed.month, parsed.day), locale, 'short');
  const month = monthName(parsed.month, locale, 'short');
  return locale === 'nl-NL' ? `${weekday} ${parsed.day} ${month}` : `${weekday}, ${month} ${parsed.day}`;
}

/** 'vr 25 dec (Eerste Kerstdag), vr 1 jan (Nieuwjaarsdag)': what a series skipped. */
export function skippedLabel(days: ReadonlyArray<DayOff>, locale: DisplayLocale): string {
  return days.map((d) => `${shortDayLabel(d.date, locale)} (${locale === 'nl-NL' ? d.name.nl : d.name.en})`).join(', ');
}

/** The dates the form stands for: the one date of a one-off event, else the listed dates. */
export function formDates(state: StudioFormState): IsoDate[] {
  if (state.draft.shape === 'oneOff') {
    return state.firstDate ? [state.firstDate] : [];
  }
  return state.seriesDates.slice();
}

/** The draft that is validated and saved. */
export function draftFromForm(state: StudioFormState): ActivityDraft {
  return { ...state.draft, dates: formDates(state) };
}

/** A new first date (or the one-off date): the series list is generated again, skipping days off. */
export function withFirstDate(state: StudioFormState, firstDate: string, closingDays: ReadonlyArray<ClosingDay> = []): StudioFormState {
  return { ...state, firstDate, seriesDates: generatedDates(firstDate, state.weeks, closingDays) };
}

/** A new number of weeks: the series list is generated again, skipping days off. */
export function withWeeks(state: StudioFormState, weeks: string, closingDays: ReadonlyArray<ClosingDay> = []): StudioFormState {
  return { ...state, weeks, seriesDates: generatedDates(state.firstDate, weeks, closingDays) };
}

/** After an edit of the list, first date and weeks describe it again (its first date, its length). */
function withList(state: StudioFormState, dates: IsoDate[]): StudioFormState {
  return {
    ...state,
    seriesDates: dates,
    firstDate: dates.length > 0 && parseIsoDate(dates[0]) ? dates[0] : state.firstDate,
    weeks: String(dates.length)
  };
}

export function removeSeriesDate(state: StudioFormState, date: IsoDate): StudioFormState {
  return withList(
    state,
    state.seriesDates.filter((d) => d !== date)
  );
}

/** Why `newDate` cannot be added: empty, not a real date, already listed, or before today. */
export function newDateError(state: StudioFormState, today: IsoDate): ValidationError | undefined {
  const value = state.newDate.trim();
  if (!value) {
    return validationError('newDate', 'required');
  }
  if (!parseIsoDate(value)) {
    return validationError('newDate', 'dateInvalid');
  }
  if (state.seriesDates.indexOf(value) >= 0) {
    return validationError('newDate', 'notAllowed', { reason: 'duplicate', date: value });
  }
  if (value < today) {
    return validationError('newDate', 'dateInPast');
  }
  return undefined;
}

/** Adds `newDate` to the list (in date order) and empties the input; unchanged when it cannot be added. */
export function addSeriesDate(state: StudioFormState, today: IsoDate): StudioFormState {
  if (newDateError(state, today)) {
    return state;
  }
  return { ...withList(state, sortedUniqueDates(state.seriesDates.concat([state.newDate.trim()]))), newDate: '' };
}

/**
 * The form's own date rules, on top of validateActivityDraft (which knows no list): a date
 * listed twice, and a date typed in "Extra datum" but never added (saving would lose it).
 */
export function formDateErrors(state: StudioFormState, today: IsoDate): ValidationError[] {
  if (state.draft.shape === 'oneOff') {
    return [];
  }
  const errors: ValidationError[] = [];
  const duplicates = duplicateDates(state.seriesDates);
  if (duplicates.length > 0) {
    errors.push(validationError('dates', 'notAllowed', { reason: 'duplicate', date: duplicates[0] }));
  }
  if (state.newDate.trim()) {
    errors.push(newDateError(state, today) || validationError('newDate', 'notAllowed', { reason: 'notAdded' }));
  }
  return errors;
}

/** True when the listed dates are not "every week from the first date" (weeks skipped for a day off aside). */
export function isIrregularList(state: StudioFormState, closingDays: ReadonlyArray<ClosingDay> = []): boolean {
  if (state.seriesDates.length === 0) {
    return false;
  }
  const skipped = skippedDates(state, closingDays).map((d) => d.date);
  return !isWeeklySeries(skipped.length === 0 ? state.seriesDates : sortedUniqueDates(state.seriesDates.concat(skipped)));
}

/** '24 december' / 'December 24' (with the year when asked): short enough for a button's name. */
export function dayMonthLabel(date: IsoDate, locale: DisplayLocale, withYear: boolean = false): string {
  const parsed = parseIsoDate(date);
  if (!parsed) {
    return date;
  }
  const month = monthName(parsed.month, locale, 'long');
  const text = locale === 'nl-NL' ? `${parsed.day} ${month}` : `${month} ${parsed.day}`;
  return withYear ? (locale === 'nl-NL' ? `${text} ${parsed.year}` : `${text}, ${parsed.year}`) : text;
}

/** Today in Amsterdam, the earliest date that can be added. */
export function amsterdamToday(now: Date): IsoDate {
  return toIsoDate(amsterdamDateOf(now));
}

/** Next week's same weekday as a starting date for templates. */
function nextWeek(now: Date): IsoDate {
  return toIsoDate(addDays(amsterdamDateOf(now), 7));
}

export function emptyForm(now: Date, closingDays: ReadonlyArray<ClosingDay> = []): StudioFormState {
  return {
    draft: {
      title: '',
      descriptionHtml: '',
      pillar: '',
      shape: 'oneOff',
      dates: [],
      startTime: '',
      endTime: '',
      venueKind: 'onSite',
      location: '',
      address: '',
      routeUrl: '',
      meetingUrl: '',
      capacity: '',
      unlimited: false,
      deadlineDate: '',
      deadlineTime: '',
      isPrivate: false,
      imageUrl: ''
    },
    firstDate: nextWeek(now),
    weeks: '6',
    seriesDates: generatedDates(nextWeek(now), '6', closingDays),
    newDate: ''
  };
}

/**
 * A template starting form. Its place is the first active location of the list (the owners
 * keep it), with its address and route; none when the list is empty.
 */
export function templateForm(
  name: TemplateName,
  now: Date,
  closingDays: ReadonlyArray<ClosingDay> = [],
  locations: ReadonlyArray<StudioLocation> = []
): StudioFormState {
  const first = pickableLocations(locations)[0];
  const base = first ? withListLocation(emptyForm(now, closingDays), first) : emptyForm(now, closingDays);
  switch (name) {
    case 'lunchWalk':
      return {
        ...withWeeks(base, '8', closingDays),
        draft: {
          ...base.draft,
          title: 'Lunchwandeling',
          descriptionHtml: '<p>Een half uur samen naar buiten in de lunchpauze. Trek makkelijke schoenen aan!</p>',
          pillar: 'Samen',
          shape: 'weeklyDropIn',
          startTime: '12:15',
          endTime: '12:45',
          capacity: '20'
        }
      };
    case 'startToRun':
      return {
        ...withWeeks(base, '10', closingDays),
        draft: {
          ...base.draft,
          title: 'Start to Run',
          descriptionHtml: '<p>In tien weken van de bank naar 5 kilometer hardlopen, samen met collega\'s.</p>',
          pillar: 'Kracht',
          shape: 'programme',
          startTime: '17:15',
          endTime: '18:15',
          capacity: '15'
        }
      };
    default:
      return {
        ...base,
        draft: {
          ...base.draft,
          title: 'Workshop',
          descriptionHtml: '<p>Een workshop van anderhalf uur.</p>',
          pillar: 'Beter',
          shape: 'oneOff',
          startTime: '14:00',
          endTime: '15:30',
          capacity: '12'
        }
      };
  }
}

/**
 * An existing activity as a form (for editing, or duplicated with new dates). Edited, a
 * series keeps exactly its stored dates (ascending, each once), also when a week was
 * skipped: saving unchanged must not move sessions. Duplicated, it gets weekly dates
 * from next week on, as many as it had, skipping days off.
 */
export function formFromActivity(activity: Activity, duplicate: boolean, now: Date, closingDays: ReadonlyArray<ClosingDay> = []): StudioFormState {
  const venue = activity.venue;
  const stored = sortedUniqueDates(activity.dates);
  const firstDate = duplicate ? nextWeek(now) : stored[0] || '';
  const weeks = String(Math.max(stored.length, activity.shape === 'oneOff' ? 1 : 2));
  let deadlineDate = '';
  let deadlineTime = '';
  if (activity.signUpDeadline && !duplicate) {
    const t = amsterdamWallTime(activity.signUpDeadline);
    deadlineDate = `${t.year}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
    deadlineTime = `${pad(t.hour, 2)}:${pad(t.minute, 2)}`;
  }
  return {
    draft: {
      title: activity.title,
      descriptionHtml: activity.descriptionHtml || '',
      pillar: activity.pillar,
      shape: activity.shape,
      dates: stored,
      startTime: activity.startTime,
      endTime: activity.endTime,
      venueKind: venue.kind,
      location: venue.kind === 'online' ? '' : venue.location,
      address: venue.kind === 'online' ? '' : activity.address || '',
      routeUrl: venue.kind === 'online' ? '' : activity.routeUrl || '',
      meetingUrl: venue.kind === 'onSite' ? '' : venue.meetingUrl,
      capacity: activity.capacity === null ? '' : String(activity.capacity),
      unlimited: activity.capacity === null,
      deadlineDate,
      deadlineTime,
      isPrivate: activity.isPrivate,
      imageUrl: activity.imageUrl || ''
    },
    firstDate,
    weeks,
    seriesDates: duplicate || activity.shape === 'oneOff' || stored.length === 0 ? generatedDates(firstDate, weeks, closingDays) : stored,
    newDate: ''
  };
}

/** The activity as employees will see it, for the preview card. */
export function previewActivity(draft: ActivityDraft, organiser: { id: number; name: string; email: string }): Activity {
  // Not chosen yet: a placeholder, so the card does not claim "Online".
  const location = draft.location.trim() || '…';
  const venue: Activity['venue'] =
    draft.venueKind === 'online'
      ? { kind: 'online', meetingUrl: draft.meetingUrl }
      : draft.venueKind === 'hybrid'
        ? { kind: 'hybrid', location, meetingUrl: draft.meetingUrl }
        : { kind: 'onSite', location };
  const capacity = parseInt(draft.capacity, 10);
  return {
    id: 0,
    title: draft.title || '…',
    descriptionHtml: draft.descriptionHtml,
    pillar: draft.pillar || 'Samen',
    shape: draft.shape,
    dates: draft.dates.filter((d) => parseIsoDate(d) !== null),
    startTime: draft.startTime,
    endTime: draft.endTime,
    venue,
    ...(draft.venueKind !== 'online' && draft.address ? { address: draft.address } : {}),
    ...(draft.venueKind !== 'online' && draft.routeUrl ? { routeUrl: draft.routeUrl } : {}),
    capacity: draft.unlimited || !(capacity >= 1) ? null : capacity,
    signUpDeadline: null,
    isPrivate: draft.isPrivate,
    status: 'open',
    organiser,
    imageUrl: null
  };
}
