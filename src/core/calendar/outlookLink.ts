/**
 * "Add to Outlook" as a link to Outlook on the web's compose form. Inside the
 * Teams desktop client SharePoint's own add-to-calendar (an .ics download)
 * fails, but a link opens in the browser and works there too.
 *
 * Uncertain: Microsoft does not document this deeplink. The parameters used
 * (rru=addevent, subject, startdt, enddt, location, body) are the ones widely
 * used and seen working; startdt/enddt are sent in UTC with 'Z', which Outlook
 * reads unambiguously (a time without offset is read in the user's own time
 * zone; '+01:00' would need the '+' encoded). Community reports say body is
 * read as HTML, where a newline is lost: line breaks become <br>, everything
 * else is sent as typed (not verified against a tenant). Keep the body short:
 * very long URLs get cut off by browsers and proxies.
 */
import { pad } from '../time/calendarDate';
import { encodeQueryValue } from '../links/queryString';

export const OUTLOOK_COMPOSE_BASE_URL: string = 'https://outlook.office.com/calendar/action/compose';
/** In UTF-16 code units; keeps the whole link well under 2,000 characters for typical titles. */
export const OUTLOOK_BODY_MAX_LENGTH: number = 600;

export interface OutlookEvent {
  subject: string;
  start: Date;
  end: Date;
  location?: string;
  /** Plain text. */
  body?: string;
}

export function outlookComposeUrl(event: OutlookEvent): string {
  const params: string[] = [
    'rru=addevent',
    'subject=' + encodeQueryValue(event.subject),
    'startdt=' + encodeQueryValue(utcIso(event.start)),
    'enddt=' + encodeQueryValue(utcIso(event.end))
  ];
  if (event.location) {
    params.push('location=' + encodeQueryValue(event.location));
  }
  if (event.body) {
    params.push('body=' + encodeQueryValue(truncate(event.body, OUTLOOK_BODY_MAX_LENGTH).replace(/\r\n|\r|\n/g, '<br>')));
  }
  return OUTLOOK_COMPOSE_BASE_URL + '?' + params.join('&');
}

/** '2026-03-24T11:15:00Z' (no milliseconds). */
function utcIso(instant: Date): string {
  if (isNaN(instant.getTime())) {
    throw new RangeError('outlookComposeUrl: Invalid Date');
  }
  return (
    pad(instant.getUTCFullYear(), 4) + '-' + pad(instant.getUTCMonth() + 1, 2) + '-' + pad(instant.getUTCDate(), 2) +
    'T' + pad(instant.getUTCHours(), 2) + ':' + pad(instant.getUTCMinutes(), 2) + ':' + pad(instant.getUTCSeconds(), 2) + 'Z'
  );
}

/** Cuts at max code units with an ellipsis, never between the halves of a surrogate pair (emoji). */
function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  let end: number = max - 1;
  const code: number = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) {
    end--;
  }
  return text.substring(0, end) + '\u2026';
}
