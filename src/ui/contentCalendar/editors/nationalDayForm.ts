import * as strings from 'SamenBeterStrings';
import { durationOf, occurrencesInYear, validateNationalDayRule } from '../../../core/calendar/nationalDays';
import { addDays, CalendarDate, IsoDate, parseIsoDate } from '../../../core/time/calendarDate';
import { DisplayLocale, formatDateShort, monthName, weekdayName } from '../../../core/time/dutchFormat';
import { isPillar, NationalDay, NationalDayRule, Pillar } from '../../../core/types';
import { NationalDayInput } from '../../../data/contracts/IContentCalendarApi';
import { formatString } from '../../shared/formatString';

export type RuleKind = NationalDayRule['kind'];

export const RULE_KINDS: ReadonlyArray<RuleKind> = ['fixed', 'nthWeekday', 'lastWeekday', 'explicit'];

/** The national day form as typed: numbers stay text until validated. */
export interface NationalDayForm {
  title: string;
  kind: RuleKind;
  /** '1'..'12' */
  month: string;
  day: string;
  /** '0' (Sunday) .. '6' */
  weekday: string;
  /** '1'..'5' */
  n: string;
  /** 'YYYY-MM-DD' dates separated by commas, spaces or new lines. */
  dates: string;
  /** Empty = one day. */
  durationDays: string;
  active: boolean;
  description: string;
  pillar: Pillar | '';
}

export function emptyNationalDayForm(): NationalDayForm {
  return {
    title: '',
    kind: 'fixed',
    month: '1',
    day: '1',
    weekday: '1',
    n: '1',
    dates: '',
    durationDays: '1',
    active: true,
    description: '',
    pillar: ''
  };
}

export function nationalDayFormOf(day: NationalDay): NationalDayForm {
  const form: NationalDayForm = { ...emptyNationalDayForm(), title: day.title, kind: day.rule.kind };
  const rule: NationalDayRule = day.rule;
  if (rule.kind === 'fixed') {
    form.month = String(rule.month);
    form.day = String(rule.day);
  } else if (rule.kind === 'nthWeekday') {
    form.month = String(rule.month);
    form.weekday = String(rule.weekday);
    form.n = String(rule.n);
  } else if (rule.kind === 'lastWeekday') {
    form.month = String(rule.month);
    form.weekday = String(rule.weekday);
  } else {
    form.dates = (rule.dates || []).join(', ');
  }
  form.durationDays = day.durationDays === undefined ? '1' : String(day.durationDays);
  form.active = day.active;
  form.description = day.description || '';
  form.pillar = isPillar(day.pillar) ? day.pillar : '';
  return form;
}

/** Whole numbers as typed; anything else (empty, '1.5', 'abc') is NaN so the range check reports it. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? parseInt(trimmed, 10) : NaN;
}

export function splitDates(text: string): IsoDate[] {
  return text.split(/[\s,;]+/).filter((d) => d !== '');
}

export function ruleOfForm(form: NationalDayForm): NationalDayRule {
  switch (form.kind) {
    case 'fixed':
      return { kind: 'fixed', month: wholeNumber(form.month), day: wholeNumber(form.day) };
    case 'nthWeekday':
      return { kind: 'nthWeekday', month: wholeNumber(form.month), weekday: wholeNumber(form.weekday), n: wholeNumber(form.n) };
    case 'lastWeekday':
      return { kind: 'lastWeekday', month: wholeNumber(form.month), weekday: wholeNumber(form.weekday) };
    default:
      return { kind: 'explicit', dates: splitDates(form.dates) };
  }
}

/** What is sent to the list (title and description trimmed; no pillar = null). */
export function nationalDayInputOf(form: NationalDayForm): NationalDayInput {
  const duration = form.durationDays.trim();
  return {
    title: form.title.trim(),
    rule: ruleOfForm(form),
    durationDays: duration === '' ? undefined : wholeNumber(duration),
    active: form.active,
    description: form.description.trim(),
    pillar: form.pillar === '' ? null : form.pillar
  };
}

/** A stored day back as input (for switching it on or off). */
export function nationalDayInputOfDay(day: NationalDay): NationalDayInput {
  return {
    title: day.title,
    rule: day.rule,
    durationDays: day.durationDays,
    active: day.active,
    description: day.description,
    pillar: day.pillar === undefined ? null : day.pillar
  };
}

function ordinal(n: number): string {
  return [strings.EditorOrdinal1, strings.EditorOrdinal2, strings.EditorOrdinal3, strings.EditorOrdinal4, strings.EditorOrdinal5][n - 1];
}

/** "elk jaar op 10 november", "eerste dinsdag van oktober", "laatste vrijdag van september", "per jaar: 2026-11-02, …". */
export function ruleInWords(rule: NationalDayRule, locale: DisplayLocale): string {
  if (validateNationalDayRule(rule).length > 0) {
    return strings.EditorRuleInvalid;
  }
  switch (rule.kind) {
    case 'fixed':
      return formatString(strings.EditorRuleFixed, rule.day, monthName(rule.month, locale, 'long'));
    case 'nthWeekday':
      return formatString(strings.EditorRuleNth, ordinal(rule.n), weekdayName(rule.weekday, locale, 'long'), monthName(rule.month, locale, 'long'));
    case 'lastWeekday':
      return formatString(strings.EditorRuleLast, weekdayName(rule.weekday, locale, 'long'), monthName(rule.month, locale, 'long'));
    default:
      return formatString(strings.EditorRuleExplicit, rule.dates.slice().sort().join(', '));
  }
}

/** The occurrences in `year` as display text ("di 10 nov 2026", or a range for multi-day events); '' when none. */
export function datesInYearText(day: Pick<NationalDay, 'rule' | 'durationDays'>, year: number, locale: DisplayLocale): string {
  const duration = durationOf(day as NationalDay);
  return occurrencesInYear(day.rule, year)
    .map((start) => {
      const first = parseIsoDate(start) as CalendarDate;
      const text = formatDateShort(first, locale);
      return duration > 1 ? `${text} – ${formatDateShort(addDays(first, duration - 1), locale)}` : text;
    })
    .join(', ');
}

