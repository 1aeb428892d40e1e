import * as strings from 'SamenBeterStrings';
import { ActivityDraft } from '../../core/activities/activityDraft';
import { weeklyDates } from '../../core/activities/sessions';
import { amsterdamDateOf, amsterdamWallTime } from '../../core/time/amsterdam';
import { addDays, IsoDate, parseIsoDate, pad, toIsoDate } from '../../core/time/calendarDate';
import { Activity } from '../../core/types';
import { ValidationError } from '../../core/validation/validationError';
import { formatString } from '../shared/formatString';

/** The municipal locations an ambassador picks from (on site / hybrid). */
export const STUDIO_LOCATIONS: ReadonlyArray<string> = [
  'Stadhuis Markt, hoofdingang',
  'Stadhuis Markt, kleine vergaderzaal',
  'Mosae Forum, hoofdingang; route langs de Maas',
  'Mosae Forum, vergaderzaal 2.03',
  'Mosae Forum, vergaderzaal 4.12 (ook via Teams)',
  'Stadsbeheer werf Noord, kantine',
  'Start en finish op de Markt'
];

/** The form's own state: the draft plus how its dates are entered (first date + weeks). */
export interface StudioFormState {
  draft: ActivityDraft;
  firstDate: string;
  weeks: string;
}

export type TemplateName = 'lunchWalk' | 'startToRun' | 'workshop';

/** The dates the form's inputs stand for ([] when not yet a real date). */
export function formDates(state: StudioFormState): IsoDate[] {
  if (!state.firstDate) {
    return [];
  }
  if (!parseIsoDate(state.firstDate)) {
    return [state.firstDate];
  }
  if (state.draft.shape === 'oneOff') {
    return [state.firstDate];
  }
  const weeks = /^\d{1,3}$/.test(state.weeks.trim()) ? parseInt(state.weeks, 10) : 0;
  return weeklyDates(state.firstDate, Math.min(weeks, 999));
}

export function draftOf(state: StudioFormState): ActivityDraft {
  return { ...state.draft, dates: formDates(state) };
}

/** Next week's same weekday as a starting date for templates. */
function nextWeek(now: Date): IsoDate {
  return toIsoDate(addDays(amsterdamDateOf(now), 7));
}

export function emptyForm(now: Date): StudioFormState {
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
      meetingUrl: '',
      capacity: '',
      unlimited: false,
      deadlineDate: '',
      deadlineTime: '',
      isPrivate: false,
      imageUrl: ''
    },
    firstDate: nextWeek(now),
    weeks: '6'
  };
}

export function templateForm(name: TemplateName, now: Date): StudioFormState {
  const base = emptyForm(now);
  switch (name) {
    case 'lunchWalk':
      return {
        ...base,
        weeks: '8',
        draft: {
          ...base.draft,
          title: 'Lunchwandeling',
          descriptionHtml: '<p>Een half uur samen naar buiten in de lunchpauze. Trek makkelijke schoenen aan!</p>',
          pillar: 'Samen',
          shape: 'weeklyDropIn',
          startTime: '12:15',
          endTime: '12:45',
          location: STUDIO_LOCATIONS[0],
          capacity: '20'
        }
      };
    case 'startToRun':
      return {
        ...base,
        weeks: '10',
        draft: {
          ...base.draft,
          title: 'Start to Run',
          descriptionHtml: '<p>In tien weken van de bank naar 5 kilometer hardlopen, samen met collega\'s.</p>',
          pillar: 'Kracht',
          shape: 'programme',
          startTime: '17:15',
          endTime: '18:15',
          location: STUDIO_LOCATIONS[6],
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
          location: STUDIO_LOCATIONS[3],
          capacity: '12'
        }
      };
  }
}

/** An existing activity as a form (for editing, or duplicated with new dates). */
export function formFromActivity(activity: Activity, duplicate: boolean, now: Date): StudioFormState {
  const venue = activity.venue;
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
      dates: activity.dates.slice(),
      startTime: activity.startTime,
      endTime: activity.endTime,
      venueKind: venue.kind,
      location: venue.kind === 'online' ? '' : venue.location,
      meetingUrl: venue.kind === 'onSite' ? '' : venue.meetingUrl,
      capacity: activity.capacity === null ? '' : String(activity.capacity),
      unlimited: activity.capacity === null,
      deadlineDate,
      deadlineTime,
      isPrivate: activity.isPrivate,
      imageUrl: activity.imageUrl || ''
    },
    firstDate: duplicate ? nextWeek(now) : activity.dates[0] || '',
    weeks: String(Math.max(activity.dates.length, activity.shape === 'oneOff' ? 1 : 2))
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
    capacity: draft.unlimited || !(capacity >= 1) ? null : capacity,
    signUpDeadline: null,
    isPrivate: draft.isPrivate,
    status: 'open',
    organiser,
    imageUrl: null
  };
}

/** The form field that shows a validation error (the draft's 'dates' → the date input). */
export const FIELD_ORDER: ReadonlyArray<string> = [
  'title',
  'description',
  'pillar',
  'dates',
  'startTime',
  'endTime',
  'location',
  'meetingUrl',
  'capacity',
  'deadline',
  'isPrivate',
  'imageUrl'
];

export function fieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return strings.StudioFieldTitle;
    case 'description':
      return strings.StudioFieldDescription;
    case 'pillar':
      return strings.StudioFieldPillar;
    case 'dates':
      return strings.StudioFieldDate;
    case 'startTime':
      return strings.StudioFieldStartTime;
    case 'endTime':
      return strings.StudioFieldEndTime;
    case 'location':
      return strings.StudioFieldLocation;
    case 'meetingUrl':
      return strings.StudioFieldMeetingUrl;
    case 'capacity':
      return strings.StudioFieldCapacity;
    case 'deadline':
      return strings.StudioFieldDeadline;
    case 'isPrivate':
      return strings.StudioFieldPrivate;
    default:
      return strings.StudioFieldImage;
  }
}

/** A validation error as one Dutch (or English) sentence. */
export function validationMessage(error: ValidationError): string {
  const label = fieldLabel(error.field);
  const p = error.params;
  switch (error.code) {
    case 'required':
      return formatString(strings.StudioErrRequired, label.toLowerCase());
    case 'maxLength':
      return formatString(strings.StudioErrMaxLength, label, String(p.max), String(p.length));
    case 'urlInvalid':
      return formatString(strings.StudioErrUrlInvalid, label);
    case 'urlNotHttps':
      return formatString(strings.StudioErrUrlNotHttps, label);
    case 'wholeNumberMin':
      return formatString(strings.StudioErrWholeNumber, label, String(p.min === undefined ? 1 : p.min));
    case 'dateInvalid':
    case 'dayNotInMonth':
      return formatString(strings.StudioErrDateInvalid, label);
    case 'timeInvalid':
      return formatString(strings.StudioErrTimeInvalid, label);
    case 'dateOrder':
      return strings.StudioErrDateOrder;
    case 'timeOrder':
      return strings.StudioErrTimeOrder;
    case 'dateInPast':
      return formatString(strings.StudioErrDateInPast, label);
    case 'notInList':
      return strings.StudioErrNotInList;
    case 'notAllowed':
      return strings.StudioErrNotAllowed;
    case 'countOutOfRange':
      return formatString(strings.StudioErrCount, label, String(p.min), String(p.max));
    default:
      return formatString(strings.StudioErrOther, label);
  }
}
