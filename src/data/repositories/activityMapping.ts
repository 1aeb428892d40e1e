import { Activity, ActivityVenue, isPillar } from '../../core/types';
import { amsterdamWallTime } from '../../core/time/amsterdam';
import { pad } from '../../core/time/calendarDate';
import { parseCancelledDates } from '../../core/activities/cancelledDates';
import { parseLastChange } from '../../core/activities/lastChange';
import { readDate, readText, readUrl } from './fieldValues';

/** The fields every activity query selects (SharePoint returns only what is selected). */
export const ACTIVITY_SELECT = [
  'Id',
  'Title',
  'SbDescription',
  'SbPillar',
  'SbShape',
  'SbStart',
  'SbEnd',
  'SbLastDate',
  'SbSessionDates',
  'SbLocation',
  'SbAddress',
  'SbRouteUrl',
  'SbIsOnline',
  'SbMeetingUrl',
  'SbCapacity',
  'SbDeadline',
  'SbIsPrivate',
  'SbStatus',
  'SbCancelReason',
  'SbCancelledDates',
  'SbLastChange',
  'SbImageUrl',
  // The organiser is who created the item (Created By, set by SharePoint): an SbOrganiser
  // written by hand names nobody. SbOrganiser stays as the indexed column "Mijn activiteiten"
  // filters on, and counts only where it agrees with the creator (SpActivityEditor.listOwn).
  'Author/Id',
  'Author/Title',
  'Author/EMail'
];
export const ACTIVITY_EXPAND = ['Author'];

export interface ActivityItem {
  Id: number;
  Title: string | null;
  SbDescription: string | null;
  SbPillar: string | null;
  SbShape: string | null;
  SbStart: string | null;
  SbEnd: string | null;
  SbLastDate: string | null;
  SbSessionDates: string | null;
  SbLocation: string | null;
  SbAddress?: string | null;
  SbRouteUrl?: string | null;
  SbIsOnline: boolean | null;
  SbMeetingUrl: unknown;
  SbCapacity: number | null;
  SbDeadline: string | null;
  SbIsPrivate: boolean | null;
  SbStatus: string | null;
  SbCancelReason?: string | null;
  SbCancelledDates?: string | null;
  SbLastChange?: string | null;
  SbImageUrl: unknown;
  Author?: { Id: number; Title: string; EMail: string } | null;
}

function wallClock(instant: Date): string {
  const t = amsterdamWallTime(instant);
  return `${pad(t.hour, 2)}:${pad(t.minute, 2)}`;
}

function amsterdamIsoDate(instant: Date): string {
  const t = amsterdamWallTime(instant);
  return `${t.year}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
}

function sessionStarts(item: ActivityItem, first: Date): Date[] {
  try {
    const parsed = JSON.parse(item.SbSessionDates || '[]') as unknown;
    if (Array.isArray(parsed) && parsed.length > 0) {
      const dates = parsed.filter((v): v is string => typeof v === 'string').map((v) => new Date(v));
      const valid = dates.filter((d) => !isNaN(d.getTime()));
      if (valid.length > 0) {
        return valid;
      }
    }
  } catch {
    // A malformed series falls back to the first session; the studio rewrites it on save.
  }
  return [first];
}

function venueOf(item: ActivityItem): ActivityVenue {
  const location = readText(item.SbLocation);
  const meetingUrl = readUrl(item.SbMeetingUrl) || '';
  if (item.SbIsOnline) {
    return location ? { kind: 'hybrid', location, meetingUrl } : { kind: 'online', meetingUrl };
  }
  return { kind: 'onSite', location };
}

/** List item → domain Activity (Amsterdam dates and wall-clock times). */
export function toActivity(item: ActivityItem): Activity {
  const start = readDate(item.SbStart) || new Date(0);
  const end = readDate(item.SbEnd) || start;
  const starts = sessionStarts(item, start);
  const shape = item.SbShape === 'weeklyDropIn' || item.SbShape === 'programme' ? item.SbShape : 'oneOff';
  const organiser = item.Author;
  return {
    id: item.Id,
    title: readText(item.Title),
    descriptionHtml: readText(item.SbDescription),
    pillar: isPillar(item.SbPillar) ? item.SbPillar : 'Samen',
    shape,
    dates: starts.map(amsterdamIsoDate),
    startTime: wallClock(start),
    endTime: wallClock(end),
    venue: venueOf(item),
    capacity: typeof item.SbCapacity === 'number' ? item.SbCapacity : null,
    signUpDeadline: readDate(item.SbDeadline),
    isPrivate: !!item.SbIsPrivate,
    status: item.SbStatus === 'cancelled' ? 'cancelled' : 'open',
    cancelReason: item.SbStatus === 'cancelled' && item.SbCancelReason ? item.SbCancelReason : undefined,
    cancelledDates: parseCancelledDates(item.SbCancelledDates),
    lastChange: parseLastChange(item.SbLastChange),
    organiser: organiser ? { id: organiser.Id, name: organiser.Title, email: organiser.EMail } : { id: 0, name: '', email: '' },
    imageUrl: readUrl(item.SbImageUrl),
    // Copied from the list location when published; the UI shows the route only if it is https.
    ...placeOf(item)
  };
}

function placeOf(item: ActivityItem): Pick<Activity, 'address' | 'routeUrl'> {
  const place: Pick<Activity, 'address' | 'routeUrl'> = {};
  const address = readText(item.SbAddress).trim();
  const routeUrl = readText(item.SbRouteUrl).trim();
  if (address) {
    place.address = address;
  }
  if (routeUrl) {
    place.routeUrl = routeUrl;
  }
  return place;
}
