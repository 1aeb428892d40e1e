/** Wall-clock times of day ('HH:mm', 24-hour), as activities store their start and end. */
import { isWholeNumber, pad } from './calendarDate';

export interface ClockTime {
  /** 0..23 */
  hour: number;
  /** 0..59 */
  minute: number;
}

export function isValidClockTime(hour: number, minute: number): boolean {
  return isWholeNumber(hour) && isWholeNumber(minute) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

const CLOCK_TIME_PATTERN: RegExp = /^(\d{2}):(\d{2})$/;

/** Parses a strict 'HH:mm' (00:00..23:59); anything else gives null. */
export function parseClockTime(value: string): ClockTime | null {
  const match: RegExpExecArray | null = CLOCK_TIME_PATTERN.exec(value);
  if (!match) {
    return null;
  }
  const hour: number = parseInt(match[1], 10);
  const minute: number = parseInt(match[2], 10);
  return isValidClockTime(hour, minute) ? { hour: hour, minute: minute } : null;
}

/** 'HH:mm', the storage form. */
export function toClockTimeString(time: ClockTime): string {
  return pad(time.hour, 2) + ':' + pad(time.minute, 2);
}

/** Minutes since midnight. */
export function minutesOfDay(time: ClockTime): number {
  return time.hour * 60 + time.minute;
}

export function compareClockTimes(a: ClockTime, b: ClockTime): number {
  return minutesOfDay(a) - minutesOfDay(b);
}

// Typed times: the product is Dutch and 24-hour, so times are typed, not picked from the
// browser's <input type="time"> (12-hour with AM/PM in an en-US browser). People type "9:30",
// "09:30", "0930", "930", "9.30" (the Dutch way of writing it) or just "9" for 09:00.
const TIME_ENTRY_PATTERNS: RegExp[] = [/^(\d{1,2})$/, /^(\d{1,2})[:.](\d{2})$/, /^(\d{1,2})(\d{2})$/];

/**
 * A time as someone typed it, 24-hour: 'H', 'HH', 'H:mm', 'HH:mm', 'H.mm', 'Hmm', 'HHmm'
 * (spaces around it ignored). Anything else, "12:30 PM", "24:00" or "9:5" gives null.
 */
export function parseTimeEntry(text: string): ClockTime | null {
  const value: string = (text || '').replace(/^\s+|\s+$/g, '');
  for (let i: number = 0; i < TIME_ENTRY_PATTERNS.length; i++) {
    const match: RegExpExecArray | null = TIME_ENTRY_PATTERNS[i].exec(value);
    if (match) {
      const hour: number = parseInt(match[1], 10);
      const minute: number = match[2] === undefined ? 0 : parseInt(match[2], 10);
      return isValidClockTime(hour, minute) ? { hour: hour, minute: minute } : null;
    }
  }
  return null;
}

/**
 * What a typed time is stored as: 'HH:mm' when it reads as a time, else the text trimmed, so
 * the form's own rules still say 'required' (empty) or 'timeInvalid' (anything else).
 */
export function normalizeTimeEntry(text: string): string {
  const time: ClockTime | null = parseTimeEntry(text);
  return time ? toClockTimeString(time) : (text || '').replace(/^\s+|\s+$/g, '');
}
