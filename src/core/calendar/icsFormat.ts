/**
 * RFC 5545 content-line mechanics: TEXT escaping, folding at 75 octets and
 * the date-time forms. Kept apart from buildIcs so each rule is tested alone.
 */
import { AmsterdamWallTime, amsterdamWallTime } from '../time/amsterdam';
import { pad } from '../time/calendarDate';

export const ICS_LINE_BREAK: string = '\r\n';
/** Octets per line, excluding the CRLF; a continuation line's leading space counts. */
export const ICS_MAX_LINE_OCTETS: number = 75;

/**
 * TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon and comma get a
 * backslash, every line break becomes '\n'. Other control characters are not
 * allowed in TEXT and are dropped (tab stays).
 */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * Folds one content line (RFC 5545 3.1): at most 75 octets of UTF-8 per line,
 * continuation lines start with one space. Splits only between code points,
 * never inside a multi-byte character or a surrogate pair.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current: string = '';
  let octets: number = 0;
  let i: number = 0;
  while (i < line.length) {
    const codePointLength: number = isSurrogatePair(line, i) ? 2 : 1;
    const char: string = line.substring(i, i + codePointLength);
    const charOctets: number = utf8Octets(line, i);
    if (octets + charOctets > ICS_MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += charOctets;
    i += codePointLength;
  }
  parts.push(current);
  return parts.join(ICS_LINE_BREAK);
}

/** The UTF-8 length of a whole string, as the folding counts it. */
export function utf8Length(value: string): number {
  let octets: number = 0;
  for (let i: number = 0; i < value.length; i += isSurrogatePair(value, i) ? 2 : 1) {
    octets += utf8Octets(value, i);
  }
  return octets;
}

/** 'YYYYMMDDTHHMMSSZ' (UTC), for DTSTAMP. */
export function icsUtcDateTime(instant: Date): string {
  return (
    pad(instant.getUTCFullYear(), 4) +
    pad(instant.getUTCMonth() + 1, 2) +
    pad(instant.getUTCDate(), 2) +
    'T' +
    pad(instant.getUTCHours(), 2) +
    pad(instant.getUTCMinutes(), 2) +
    pad(instant.getUTCSeconds(), 2) +
    'Z'
  );
}

/** 'YYYYMMDDTHHMMSS' on Amsterdam's wall clock, for DTSTART;TZID=Europe/Amsterdam. */
export function icsAmsterdamDateTime(instant: Date): string {
  const wall: AmsterdamWallTime = amsterdamWallTime(instant);
  return pad(wall.year, 4) + pad(wall.month, 2) + pad(wall.day, 2) + 'T' + pad(wall.hour, 2) + pad(wall.minute, 2) + '00';
}

function isSurrogatePair(value: string, i: number): boolean {
  const high: number = value.charCodeAt(i);
  const low: number = value.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Octets of the code point at i; a lone surrogate is written as U+FFFD (3 octets). */
function utf8Octets(value: string, i: number): number {
  if (isSurrogatePair(value, i)) {
    return 4;
  }
  const code: number = value.charCodeAt(i);
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}
