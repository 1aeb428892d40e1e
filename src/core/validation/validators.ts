/**
 * Reusable field validators. Each returns null when the value passes, else one
 * ValidationError. Apart from `required`, an empty value passes, so optional
 * fields need no special casing: combine with `required` where needed.
 */
import { CalendarDate, dayNumber, parseIsoDate } from '../time/calendarDate';
import { ClockTime, compareClockTimes, parseClockTime } from '../time/clockTime';
import { ValidationError, validationError } from './validationError';

/** SharePoint's limit for a single line of text column. */
export const SHAREPOINT_TEXT_MAX_LENGTH: number = 255;

type FieldValue = string | number | boolean | Date | ReadonlyArray<unknown> | null | undefined;

function isEmpty(value: FieldValue): boolean {
  if (value === null || value === undefined) {
    return true;
  }
  if (typeof value === 'string') {
    return value.replace(/^\s+|\s+$/g, '') === '';
  }
  if (typeof value === 'number') {
    return isNaN(value);
  }
  if (value instanceof Date) {
    return isNaN(value.getTime());
  }
  if (typeof value === 'boolean') {
    return false;
  }
  return value.length === 0;
}

/** Fails for null, undefined, '', whitespace only, NaN, an invalid Date or an empty list. */
export function required(field: string, value: FieldValue): ValidationError | null {
  return isEmpty(value) ? validationError(field, 'required') : null;
}

/**
 * Counts UTF-16 code units (String.length), as SharePoint does: an emoji
 * outside the BMP counts as 2. Default max is SharePoint's 255.
 */
export function maxLength(field: string, value: string | null | undefined, max?: number): ValidationError | null {
  const limit: number = max === undefined ? SHAREPOINT_TEXT_MAX_LENGTH : max;
  if (value === null || value === undefined || value.length <= limit) {
    return null;
  }
  return validationError(field, 'maxLength', { max: limit, length: value.length });
}

// host labels (letters incl. IDN, digits, hyphens inside), optional port.
const HTTPS_AUTHORITY_PATTERN: RegExp =
  /^[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?(?:\.[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?)*(?::\d{1,5})?$/i;
const SCHEME_PATTERN: RegExp = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Accepts only absolute https:// URLs with a host. Rejects http:, javascript:,
 * data: and any other scheme ('urlNotHttps'), relative or malformed URLs,
 * whitespace or control characters anywhere, and user:password@ credentials
 * (a classic way to disguise the real host) as 'urlInvalid'.
 * Leading/trailing spaces are tolerated (trim before storing).
 */
export function httpsUrl(field: string, value: string | null | undefined): ValidationError | null {
  if (value === null || value === undefined) {
    return null;
  }
  const url: string = value.replace(/^\s+|\s+$/g, '');
  if (url === '') {
    return null;
  }
  // Browsers ignore tabs/newlines inside URLs ('java\tscript:'), so refuse them outright.
  if (/\s/.test(url) || hasControlCharacter(url)) {
    return validationError(field, 'urlInvalid');
  }
  const scheme: RegExpExecArray | null = SCHEME_PATTERN.exec(url);
  if (!scheme) {
    return validationError(field, 'urlInvalid');
  }
  if (scheme[1].toLowerCase() !== 'https') {
    return validationError(field, 'urlNotHttps', { scheme: scheme[1].toLowerCase() });
  }
  if (url.slice(0, 8).toLowerCase() !== 'https://') {
    return validationError(field, 'urlInvalid');
  }
  const rest: string = url.slice(8);
  const authorityEnd: number = firstIndexOfAny(rest, ['/', '?', '#']);
  const authority: string = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  if (!HTTPS_AUTHORITY_PATTERN.test(authority)) {
    return validationError(field, 'urlInvalid');
  }
  if (/\\/.test(rest)) {
    // Browsers treat '\' like '/', which can move the apparent host.
    return validationError(field, 'urlInvalid');
  }
  return null;
}

/** Control characters (U+0000–U+001F, U+007F) have no place in a URL or a title. */
export function hasControlCharacter(text: string): boolean {
  for (let i: number = 0; i < text.length; i++) {
    const code: number = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) {
      return true;
    }
  }
  return false;
}

function firstIndexOfAny(text: string, characters: string[]): number {
  let first: number = -1;
  for (let i: number = 0; i < characters.length; i++) {
    const index: number = text.indexOf(characters[i]);
    if (index >= 0 && (first < 0 || index < first)) {
      first = index;
    }
  }
  return first;
}

/**
 * A whole number >= min (default 1), given as a number or as typed text
 * ('12', ' 12 '). Rejects 1.5, '1e3', '+3', '0x10', Infinity.
 */
export function wholeNumberAtLeast(field: string, value: number | string | null | undefined, min?: number): ValidationError | null {
  const minimum: number = min === undefined ? 1 : min;
  if (value === null || value === undefined || (typeof value === 'string' && value.replace(/^\s+|\s+$/g, '') === '')) {
    return null;
  }
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else {
    const text: string = value.replace(/^\s+|\s+$/g, '');
    n = /^-?\d+$/.test(text) ? parseInt(text, 10) : NaN;
  }
  const ok: boolean = isFinite(n) && Math.floor(n) === n && n >= minimum;
  return ok ? null : validationError(field, 'wholeNumberMin', { min: minimum });
}

/** A 'YYYY-MM-DD' string naming a real date. */
export function isoDate(field: string, value: string | null | undefined): ValidationError | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  return parseIsoDate(value) ? null : validationError(field, 'dateInvalid');
}

/** A 'HH:mm' string from 00:00 to 23:59. */
export function clockTime(field: string, value: string | null | undefined): ValidationError | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  return parseClockTime(value) ? null : validationError(field, 'timeInvalid');
}

export interface OrderOptions {
  /** Whether both may be the same moment; default true. */
  allowEqual?: boolean;
  /** The field named in the message ("must be after {otherField}"). */
  otherField?: string;
}

/**
 * `later` must not come before `earlier`. Both are Date instants or both are
 * 'YYYY-MM-DD' dates; a missing or invalid value passes here (required/isoDate
 * report those). The error is reported on `field`, the later one's field.
 */
export function dateOrder(
  field: string,
  earlier: Date | string | null | undefined,
  later: Date | string | null | undefined,
  options?: OrderOptions
): ValidationError | null {
  const a: number | null = comparableDate(earlier);
  const b: number | null = comparableDate(later);
  if (a === null || b === null) {
    return null;
  }
  if ((typeof earlier === 'string') !== (typeof later === 'string')) {
    // A calendar date and an instant have no order without a time zone: a caller bug.
    throw new TypeError('dateOrder: compare two Dates or two YYYY-MM-DD strings, not one of each');
  }
  return isOutOfOrder(a, b, options) ? validationError(field, 'dateOrder', { otherField: otherFieldOf(options) }) : null;
}

/** `later` 'HH:mm' after `earlier` on the same day; equal fails unless allowEqual (default false here). */
export function timeOrder(
  field: string,
  earlier: string | null | undefined,
  later: string | null | undefined,
  options?: OrderOptions
): ValidationError | null {
  const a: ClockTime | null = earlier ? parseClockTime(earlier) : null;
  const b: ClockTime | null = later ? parseClockTime(later) : null;
  if (!a || !b) {
    return null;
  }
  const allowEqual: boolean = options !== undefined && options.allowEqual === true;
  const outOfOrder: boolean = allowEqual ? compareClockTimes(b, a) < 0 : compareClockTimes(b, a) <= 0;
  return outOfOrder ? validationError(field, 'timeOrder', { otherField: otherFieldOf(options) }) : null;
}

/** A number within [min, max] (for rule fields such as month 1..12). */
export function numberInRange(field: string, value: number | null | undefined, min: number, max: number): ValidationError | null {
  if (value === null || value === undefined) {
    return null;
  }
  const ok: boolean = isFinite(value) && Math.floor(value) === value && value >= min && value <= max;
  return ok ? null : validationError(field, 'outOfRange', { min: min, max: max });
}

function comparableDate(value: Date | string | null | undefined): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'string') {
    const date: CalendarDate | null = parseIsoDate(value);
    return date ? dayNumber(date) : null;
  }
  const ms: number = value.getTime();
  return isNaN(ms) ? null : ms;
}

function isOutOfOrder(earlier: number, later: number, options?: OrderOptions): boolean {
  const allowEqual: boolean = !options || options.allowEqual !== false;
  return allowEqual ? later < earlier : later <= earlier;
}

function otherFieldOf(options?: OrderOptions): string {
  return options && options.otherField ? options.otherField : '';
}
