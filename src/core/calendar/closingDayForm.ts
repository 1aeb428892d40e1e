/**
 * The form in which owners add one of the municipality's own closing days (studio → Beheer →
 * Sluitingsdagen), as plain values and rules. Errors carry codes; the UI words them in Dutch.
 *
 * Decisions:
 * - A date must be real ('YYYY-MM-DD' naming a day that exists) and not before today: the panel
 *   lists the days from today on, so a past day would vanish as soon as it was added.
 * - One closing day per date: the series skip a date once, and two entries for one day would
 *   only confuse the owners ('notAllowed', params.reason 'duplicate', params.date, params.name
 *   the other's).
 * - A public holiday or a weekend is allowed, with a warning: it is usually a mistake (the
 *   municipality is closed anyway), but an owner may have a reason to keep it in the list.
 */
import { NOTE_MAX_LENGTH } from '../activities/activityDraft';
import { collectErrors, validationError, ValidationError } from '../validation/validationError';
import { maxLength, required } from '../validation/validators';
import { IsoDate, parseIsoDate, weekdayOf } from '../time/calendarDate';
import { ClosingDay } from './daysOff';
import { holidayOn, PublicHoliday } from './holidays';

export interface ClosingDayForm {
  /** 'YYYY-MM-DD' as the date field gives it; '' when empty. */
  date: string;
  name: string;
  note: string;
}

/** The fields in form order, for the error summary. */
export const CLOSING_DAY_FIELD_ORDER: ReadonlyArray<string> = ['date', 'name', 'note'];

/** Why a valid date deserves a second look. */
export type ClosingDayWarning = { kind: 'publicHoliday'; holiday: PublicHoliday } | { kind: 'weekend'; weekday: 0 | 6 };

function trim(value: string | null | undefined): string {
  return (value || '').replace(/^\s+|\s+$/g, '');
}

/**
 * Problems with the form, on 'date' ('required', 'dateInvalid', 'dateInPast', 'notAllowed'
 * for a date that already is a closing day), 'name' ('required', 'maxLength' 255) and 'note'
 * ('maxLength'). `existing` are the closing days known (at least from `today` on).
 */
export function validateClosingDayForm(form: ClosingDayForm, existing: ReadonlyArray<ClosingDay>, today: IsoDate): ValidationError[] {
  const date: string = trim(form.date);
  let dateError: ValidationError | null = null;
  if (date === '') {
    dateError = validationError('date', 'required');
  } else if (!parseIsoDate(date)) {
    dateError = validationError('date', 'dateInvalid');
  } else if (date < today) {
    dateError = validationError('date', 'dateInPast');
  } else {
    const same: ClosingDay | undefined = existing.filter((d) => d.date === date)[0];
    dateError = same ? validationError('date', 'notAllowed', { reason: 'duplicate', date: date, name: same.name }) : null;
  }
  return collectErrors([
    dateError,
    required('name', form.name),
    maxLength('name', trim(form.name)),
    maxLength('note', trim(form.note), NOTE_MAX_LENGTH)
  ]);
}

/** The warning for a real date on a public holiday (first) or a weekend; undefined otherwise. */
export function closingDayWarning(date: string): ClosingDayWarning | undefined {
  const day = parseIsoDate(trim(date));
  if (!day) {
    return undefined;
  }
  const holiday: PublicHoliday | undefined = holidayOn(trim(date));
  if (holiday) {
    return { kind: 'publicHoliday', holiday: holiday };
  }
  const weekday = weekdayOf(day.year, day.month, day.day);
  return weekday === 0 || weekday === 6 ? { kind: 'weekend', weekday: weekday } : undefined;
}

/** The form's values as the list keeps them: trimmed. */
export function closingDayInputOf(form: ClosingDayForm): { date: IsoDate; name: string; note: string } {
  return { date: trim(form.date), name: trim(form.name), note: trim(form.note) };
}
