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
