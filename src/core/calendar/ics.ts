/**
 * An .ics file (RFC 5545) for "add to calendar". One VEVENT per session, not an
 * RRULE: explicit events are right for any set of dates (a skipped week, a
 * programme with a holiday break), and each keeps its own stable UID so a
 * re-download updates the same entries instead of adding copies.
 */
import { foldForSearch } from '../text/searchText';
import { AMSTERDAM_TIME_ZONE } from '../time/amsterdam';
import { Activity, ActivitySession } from '../types';
import { escapeIcsText, foldIcsLine, icsAmsterdamDateTime, icsUtcDateTime, ICS_LINE_BREAK } from './icsFormat';

export const ICS_PRODID: string = '-//Gemeente Maastricht//SamenBeter//NL';

export interface IcsOptions {
  /** One session for a drop-in date; all sessions for a programme or one-off event. */
  sessions: ReadonlyArray<ActivitySession>;
  /** The right-hand side of every UID, e.g. the tenant host 'gemeente.sharepoint.com'. */
  uidDomain: string;
  /** Link back to the activity (page or Teams deep link). */
  url?: string;
  /** For DTSTAMP. */
  now: Date;
  organizerEmail?: string;
  locationText: string;
  /** Plain text; the caller strips the activity's HTML. */
  description: string;
  /** Only for confirmed participants: the caller decides, this module never reads the venue's link. */
  meetingUrl?: string;
  /** Put before the meeting link in the description, e.g. 'Deelnemen via Teams'. */
  meetingLabel?: string;
  /**
   * The viewer's place is not known for certain (a private activity: the list of others is
   * not theirs to read): STATUS:TENTATIVE instead of CONFIRMED. Nobody on a waiting list gets
   * a file at all (the caller offers none).
   */
  tentative?: boolean;
  /** Minutes before the start for the reminder (VALARM); default 30. */
  reminderMinutes?: number;
  /** The reminder's text, e.g. 'Over 30 minuten: Lunchwandeling'; default the title. */
  reminderText?: string;
}

export const DEFAULT_REMINDER_MINUTES: number = 30;

/** 'lunchwandeling-2026-03-24.ics': ASCII only, so every browser and mail client keeps the name. */
export function icsFileName(activity: Activity, sessionDate: string | null): string {
  const slug: string = foldForSearch(activity.title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .substring(0, 40)
    .replace(/-+$/, '');
  return (slug === '' ? 'activiteit' : slug) + (sessionDate === null ? '' : '-' + sessionDate) + '.ics';
}

/** The EU rule since 1996, as amsterdam.ts computes it; 1970-03-29 and 1970-10-25 were the last Sundays. */
const AMSTERDAM_VTIMEZONE: ReadonlyArray<string> = [
  'BEGIN:VTIMEZONE',
  'TZID:' + AMSTERDAM_TIME_ZONE,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE'
];

/** The whole file: CRLF line endings, folded lines, ending with a CRLF. */
export function buildIcs(activity: Activity, options: IcsOptions): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + ICS_PRODID, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  pushAll(lines, AMSTERDAM_VTIMEZONE);
  for (let i: number = 0; i < options.sessions.length; i++) {
    pushAll(lines, vevent(activity, options.sessions[i], options));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(ICS_LINE_BREAK) + ICS_LINE_BREAK;
}

/** 'samenbeter-7-20260324@host': the same activity and date always give the same UID. */
export function icsUid(activityId: number, session: ActivitySession, uidDomain: string): string {
  const domain: string = uidDomain.replace(/[^A-Za-z0-9.-]/g, '');
  return 'samenbeter-' + activityId + '-' + session.date.replace(/-/g, '') + '@' + (domain === '' ? 'samenbeter' : domain);
}

function vevent(activity: Activity, session: ActivitySession, options: IcsOptions): string[] {
  const tzid: string = ';TZID=' + AMSTERDAM_TIME_ZONE + ':';
  const lines: string[] = [
    'BEGIN:VEVENT',
    'UID:' + icsUid(activity.id, session, options.uidDomain),
    'DTSTAMP:' + icsUtcDateTime(options.now),
    'DTSTART' + tzid + icsAmsterdamDateTime(session.startsAt),
    'DTEND' + tzid + icsAmsterdamDateTime(session.endsAt),
    'SUMMARY:' + escapeIcsText(activity.title),
    'STATUS:' + (activity.status === 'cancelled' ? 'CANCELLED' : options.tentative ? 'TENTATIVE' : 'CONFIRMED')
  ];
  if (options.locationText !== '') {
    lines.push('LOCATION:' + escapeIcsText(options.locationText));
  }
  const meetingUrl: string | undefined = safeUri(options.meetingUrl);
  let description: string = options.description;
  if (meetingUrl !== undefined) {
    // Outlook ignores CONFERENCE (RFC 7986), so the link goes in the description too.
    const label: string = options.meetingLabel ? options.meetingLabel + ': ' : '';
    description += (description === '' ? '' : '\n\n') + label + meetingUrl;
    lines.push('CONFERENCE;VALUE=URI;FEATURE=VIDEO:' + meetingUrl);
  }
  if (description !== '') {
    lines.push('DESCRIPTION:' + escapeIcsText(description));
  }
  const url: string | undefined = safeUri(options.url);
  if (url !== undefined) {
    lines.push('URL:' + url);
  }
  const organizer: string | undefined = organizerLine(activity, options.organizerEmail);
  if (organizer !== undefined) {
    lines.push(organizer);
  }
  if (activity.status !== 'cancelled') {
    pushAll(lines, valarm(activity, options));
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A display reminder before the start (RFC 5545 3.6.6: ACTION, TRIGGER and DESCRIPTION are
 * required for DISPLAY). Outlook and Google Calendar turn it into their own reminder.
 */
function valarm(activity: Activity, options: IcsOptions): string[] {
  const raw: number = options.reminderMinutes === undefined ? DEFAULT_REMINDER_MINUTES : options.reminderMinutes;
  const minutes: number = Math.max(0, Math.min(7 * 24 * 60, Math.floor(raw)));
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'DESCRIPTION:' + escapeIcsText(options.reminderText || activity.title),
    'TRIGGER:-PT' + minutes + 'M',
    'END:VALARM'
  ];
}

/** ORGANIZER;CN="Name":mailto:address; the name is quoted because it may hold ',', ';' or ':'. */
function organizerLine(activity: Activity, email: string | undefined): string | undefined {
  if (email === undefined || !/^[^\s@"<>()\\,;:]+@[^\s@"<>()\\,;:]+$/.test(email)) {
    return undefined;
  }
  // A parameter value may not contain DQUOTE or control characters.
  const name: string = activity.organiser.name.replace(/["\u0000-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
  return 'ORGANIZER' + (name === '' ? '' : ';CN="' + name + '"') + ':mailto:' + email;
}

/** URI values are not TEXT-escaped, so one with whitespace or control characters could inject lines: left out. */
function safeUri(value: string | undefined): string | undefined {
  return value === undefined || value === '' || /[\s\u0000-\u001f\u007f]/.test(value) ? undefined : value; // eslint-disable-line no-control-regex
}

function pushAll(target: string[], items: ReadonlyArray<string>): void {
  for (let i: number = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
