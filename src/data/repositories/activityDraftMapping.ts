import { ActivityDraft, draftDeadline } from '../../core/activities/activityDraft';
import { amsterdamInstant } from '../../core/time/amsterdam';
import { CalendarDate, compareCalendarDates, parseIsoDate } from '../../core/time/calendarDate';
import { compareClockTimes, parseClockTime, ClockTime } from '../../core/time/clockTime';
import { routeLink } from '../../core/activities/locations';
import { writeDate, writeUrl } from './fieldValues';

/** A validated draft → the list item body (field names from the schema). */
export function draftToItem(draft: ActivityDraft): Record<string, unknown> {
  const start = parseClockTime(draft.startTime) as ClockTime;
  const end = parseClockTime(draft.endTime) as ClockTime;
  const dates = draft.dates
    .map((d) => parseIsoDate(d))
    .filter((d): d is CalendarDate => d !== null)
    .sort(compareCalendarDates);
  const starts = dates.map((d) => amsterdamInstant(d, start));
  const firstEnd = amsterdamInstant(dates[0], end);
  const deadline = draftDeadline(draft);
  const online = draft.venueKind !== 'onSite';
  return {
    Title: draft.title.trim(),
    SbDescription: draft.descriptionHtml,
    SbPillar: draft.pillar,
    SbShape: draft.shape,
    SbStart: writeDate(starts[0]),
    // An end at or before the start means the session runs past midnight.
    SbEnd: writeDate(compareClockTimes(end, start) > 0 ? firstEnd : new Date(firstEnd.getTime() + 86400000)),
    SbLastDate: writeDate(starts[starts.length - 1]),
    SbSessionDates: JSON.stringify(starts.map((s) => writeDate(s))),
    SbLocation: draft.venueKind === 'online' ? null : draft.location.trim(),
    // The chosen location's address and route ride along, so the catalogue reads no other list.
    SbAddress: draft.venueKind === 'online' ? null : (draft.address || '').trim().slice(0, 255) || null,
    SbRouteUrl: draft.venueKind === 'online' ? null : routeLink((draft.routeUrl || '').slice(0, 255)) || null,
    SbIsOnline: online,
    // Never a private session's link: the list is readable by every employee.
    SbMeetingUrl: online && !draft.isPrivate ? writeUrl(draft.meetingUrl.trim()) : null,
    SbCapacity: draft.unlimited ? null : parseInt(draft.capacity, 10),
    SbDeadline: deadline ? writeDate(deadline) : null,
    SbIsPrivate: draft.isPrivate,
    SbImageUrl: writeUrl(draft.imageUrl.trim() || null)
  };
}
