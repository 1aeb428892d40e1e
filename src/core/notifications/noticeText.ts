/**
 * What a notice says: the Teams template parameters (the manifest's templateText puts them
 * in the recipient's language) and the preview text (at most 150 characters, Teams' limit).
 * Also the in-app line "nu 12:30–13:15, Stadhuis" that says what changed. Only the person's
 * own sign-up is described; never who else is involved.
 */
import { parseClockTime } from '../time/clockTime';
import { parseIsoDate } from '../time/calendarDate';
import { DisplayLocale, formatDateShort, formatTimeRange } from '../time/dutchFormat';
import { Activity } from '../types';
import { ChangedField } from '../activities/lastChange';
import { activityTypeOf } from './activityTypes';
import { Notice } from './whoIsTold';

export const PREVIEW_TEXT_MAX = 150;

const TEXT = {
  'nl-NL': {
    now: 'nu',
    online: 'online',
    newLink: 'nieuwe vergaderlink',
    dateOff: 'Deze datum gaat niet door.',
    activityOff: 'De activiteit gaat niet door.',
    reason: 'Reden',
    placeFound: 'Je stond op de wachtlijst en hebt nu een plek.',
    whole: 'alle data'
  },
  'en-US': {
    now: 'now',
    online: 'online',
    newLink: 'new meeting link',
    dateOff: 'This date does not take place.',
    activityOff: 'The activity does not take place.',
    reason: 'Reason',
    placeFound: 'You were on the waiting list and now have a place.',
    whole: 'all dates'
  }
};

function timeRange(activity: Activity, locale: DisplayLocale): string {
  const start = parseClockTime(activity.startTime);
  const end = parseClockTime(activity.endTime);
  return start && end ? formatTimeRange(start, end, locale) : `${activity.startTime}–${activity.endTime}`;
}

function dateLabel(date: string | null, locale: DisplayLocale): string {
  const parsed = date ? parseIsoDate(date) : null;
  return parsed ? formatDateShort(parsed, locale) : TEXT[locale].whole;
}

/** "nu 12:30–13:15, Stadhuis" for the fields that changed (in the order time, place, link). */
export function changeSummary(activity: Activity, fields: ReadonlyArray<ChangedField>, locale: DisplayLocale): string {
  const t = TEXT[locale];
  const parts: string[] = [];
  if (fields.indexOf('time') >= 0) {
    parts.push(timeRange(activity, locale));
  }
  if (fields.indexOf('place') >= 0) {
    parts.push(activity.venue.kind === 'online' ? t.online : activity.venue.location);
  }
  if (fields.indexOf('meetingLink') >= 0) {
    parts.push(t.newLink);
  }
  return parts.length === 0 ? '' : `${t.now} ${parts.join(', ')}`;
}

export interface NoticeMessage {
  activityType: string;
  templateParameters: Array<{ name: string; value: string }>;
  previewText: string;
}

function clip(text: string): string {
  return text.length <= PREVIEW_TEXT_MAX ? text : `${text.slice(0, PREVIEW_TEXT_MAX - 1)}…`;
}

/** The Teams notification of one notice, about `activity` as it is after the change. */
export function noticeMessage(notice: Notice, activity: Activity, locale: DisplayLocale): NoticeMessage {
  const t = TEXT[locale];
  const withReason = (base: string): string => (notice.reason ? `${base} ${t.reason}: ${notice.reason}` : base);
  const parameters: Array<{ name: string; value: string }> = [{ name: 'activity', value: activity.title }];
  let preview: string;
  switch (notice.kind) {
    case 'changed': {
      const summary = changeSummary(activity, notice.fields || [], locale);
      parameters.push({ name: 'change', value: summary });
      preview = notice.sessionDate ? `${dateLabel(notice.sessionDate, locale)}: ${summary}` : summary;
      break;
    }
    case 'dateRemoved':
    case 'dateCancelled':
      parameters.push({ name: 'date', value: dateLabel(notice.sessionDate, locale) });
      preview = withReason(t.dateOff);
      break;
    case 'activityCancelled':
      preview = withReason(t.activityOff);
      break;
    case 'placeFound':
    default:
      preview = notice.sessionDate ? `${dateLabel(notice.sessionDate, locale)}: ${t.placeFound}` : t.placeFound;
  }
  return { activityType: activityTypeOf(notice.kind), templateParameters: parameters, previewText: clip(preview) };
}
