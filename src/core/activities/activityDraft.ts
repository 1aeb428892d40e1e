/**
 * The ambassador's publish form as plain values, and every rule it must pass before
 * anything is sent to SharePoint. Errors carry codes; the UI shows them in Dutch next to
 * each field and in a summary.
 */
import { amsterdamInstant } from '../time/amsterdam';
import { CalendarDate, IsoDate, compareCalendarDates, parseIsoDate } from '../time/calendarDate';
import { ClockTime, compareClockTimes, parseClockTime } from '../time/clockTime';
import { ActivityShape, Pillar } from '../types';
import { ValidationError, collectErrors, validationError } from '../validation/validationError';
import { httpsUrl, maxLength, required, wholeNumberAtLeast } from '../validation/validators';

export type VenueKind = 'onSite' | 'online' | 'hybrid';

export interface ActivityDraft {
  title: string;
  descriptionHtml: string;
  pillar: Pillar | '';
  shape: ActivityShape;
  /** Amsterdam dates 'YYYY-MM-DD': one for a one-off event, the series otherwise. */
  dates: IsoDate[];
  startTime: string;
  endTime: string;
  venueKind: VenueKind;
  location: string;
  /** Copied from the chosen list location (SamenBeter Locaties); empty for a one-off place. */
  address?: string;
  /** The chosen location's map link; stored only when https (core/activities/locations routeLink). */
  routeUrl?: string;
  meetingUrl: string;
  /** Whole number as typed; ignored when `unlimited`. */
  capacity: string;
  unlimited: boolean;
  /** Optional sign-up deadline (Amsterdam date + time); both empty = until the start. */
  deadlineDate: string;
  deadlineTime: string;
  isPrivate: boolean;
  imageUrl: string;
}

export interface DraftRules {
  now: Date;
  /** The configured municipal locations; empty = free text allowed. */
  locations: ReadonlyArray<string>;
  /** Only coordinators organise private activities (their sign-ups are theirs to see). */
  mayPublishPrivate: boolean;
  /** Editing an activity that already started may keep its past dates. */
  allowPastDates?: boolean;
}

/** SharePoint's cap for a multiple lines of text column. */
export const NOTE_MAX_LENGTH: number = 63999;
/** A series longer than a year of weekly sessions is almost certainly a typo. */
export const MAX_SESSIONS: number = 52;

function parsedDates(dates: ReadonlyArray<string>): Array<CalendarDate | null> {
  return dates.map((d) => parseIsoDate(d));
}

/** The first session's start instant, or undefined when dates/time are not valid yet. */
export function draftFirstStart(draft: ActivityDraft): Date | undefined {
  const start: ClockTime | null = parseClockTime(draft.startTime);
  const dates: CalendarDate[] = parsedDates(draft.dates).filter((d): d is CalendarDate => d !== null).sort(compareCalendarDates);
  return start && dates.length > 0 ? amsterdamInstant(dates[0], start) : undefined;
}

/** The deadline instant, undefined when not set, null when set but malformed. */
export function draftDeadline(draft: ActivityDraft): Date | undefined | null {
  if (!draft.deadlineDate && !draft.deadlineTime) {
    return undefined;
  }
  const date: CalendarDate | null = parseIsoDate(draft.deadlineDate);
  const time: ClockTime | null = parseClockTime(draft.deadlineTime || '23:59');
  return date && time ? amsterdamInstant(date, time) : null;
}

export function validateActivityDraft(draft: ActivityDraft, rules: DraftRules): ValidationError[] {
  const errors: Array<ValidationError | null> = [
    required('title', draft.title),
    maxLength('title', draft.title),
    maxLength('description', draft.descriptionHtml, NOTE_MAX_LENGTH),
    required('pillar', draft.pillar)
  ];

  // Dates: present, real, the right number for the shape, not in the past.
  const dates: Array<CalendarDate | null> = parsedDates(draft.dates);
  if (draft.dates.length === 0) {
    errors.push(validationError('dates', 'required'));
  } else if (dates.some((d) => d === null)) {
    errors.push(validationError('dates', 'dateInvalid'));
  } else if (draft.shape === 'oneOff' && draft.dates.length !== 1) {
    errors.push(validationError('dates', 'countOutOfRange', { min: 1, max: 1 }));
  } else if (draft.shape !== 'oneOff' && (draft.dates.length < 2 || draft.dates.length > MAX_SESSIONS)) {
    errors.push(validationError('dates', 'countOutOfRange', { min: 2, max: MAX_SESSIONS }));
  }

  const start: ClockTime | null = parseClockTime(draft.startTime);
  const end: ClockTime | null = parseClockTime(draft.endTime);
  errors.push(required('startTime', draft.startTime), required('endTime', draft.endTime));
  if (draft.startTime && !start) {
    errors.push(validationError('startTime', 'timeInvalid'));
  }
  if (draft.endTime && !end) {
    errors.push(validationError('endTime', 'timeInvalid'));
  }
  if (start && end && compareClockTimes(end, start) <= 0) {
    errors.push(validationError('endTime', 'timeOrder', { otherField: 'startTime' }));
  }

  const firstStart: Date | undefined = draftFirstStart(draft);
  if (!rules.allowPastDates && start && dates.length > 0 && dates.every((d) => d !== null)) {
    const anyPast: boolean = (dates as CalendarDate[]).some((d) => amsterdamInstant(d, start).getTime() <= rules.now.getTime());
    if (anyPast) {
      errors.push(validationError('dates', 'dateInPast'));
    }
  }

  // Where: a configured location on site, an https meeting link online, both when hybrid.
  if (draft.venueKind !== 'online') {
    errors.push(required('location', draft.location), maxLength('location', draft.location));
    const location: string = draft.location.replace(/^\s+|\s+$/g, '');
    if (location && rules.locations.length > 0 && rules.locations.indexOf(location) < 0) {
      errors.push(validationError('location', 'notInList'));
    }
  }
  if (draft.venueKind !== 'onSite' && draft.isPrivate) {
    // Everyone can read the activities list: a private session's link goes to participants
    // another way (the organiser's chat), never into the list.
    if (draft.meetingUrl.replace(/^\s+|\s+$/g, '') !== '') {
      errors.push(validationError('meetingUrl', 'privateLink'));
    }
  } else if (draft.venueKind !== 'onSite') {
    errors.push(required('meetingUrl', draft.meetingUrl), httpsUrl('meetingUrl', draft.meetingUrl), maxLength('meetingUrl', draft.meetingUrl));
  }

  if (!draft.unlimited) {
    errors.push(required('capacity', draft.capacity), wholeNumberAtLeast('capacity', draft.capacity, 1));
  }

  const deadline: Date | undefined | null = draftDeadline(draft);
  if (deadline === null) {
    errors.push(validationError('deadline', 'dateInvalid'));
  } else if (deadline) {
    if (firstStart && deadline.getTime() > firstStart.getTime()) {
      errors.push(validationError('deadline', 'dateOrder', { otherField: 'dates' }));
    } else if (!rules.allowPastDates && deadline.getTime() <= rules.now.getTime()) {
      errors.push(validationError('deadline', 'dateInPast'));
    }
  }

  if (draft.isPrivate && !rules.mayPublishPrivate) {
    errors.push(validationError('isPrivate', 'notAllowed'));
  }
  errors.push(httpsUrl('imageUrl', draft.imageUrl), maxLength('imageUrl', draft.imageUrl));
  return collectErrors(errors);
}
