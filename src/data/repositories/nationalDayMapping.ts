import { isPillar, NationalDay, NationalDayRule } from '../../core/types';
import { NationalDayBody } from '../defaults/nationalDayDefaults';
import { NationalDayInput } from '../contracts/IContentCalendarApi';
import { readText } from './fieldValues';

export const NATIONAL_DAY_SELECT = [
  'Id', 'Title', 'SbRuleKind', 'SbMonth', 'SbDay', 'SbWeekday', 'SbNth', 'SbDates', 'SbDurationDays', 'SbActive', 'SbDescription', 'SbPillar'
];

export type NationalDayItem = Partial<Omit<NationalDayBody, 'SbRuleKind'>> & { Id: number; Title: string | null; SbRuleKind: string | null };

const num = (value: unknown): number => (typeof value === 'number' ? value : NaN);

function toRule(item: NationalDayItem): NationalDayRule {
  switch (item.SbRuleKind) {
    case 'fixed':
      return { kind: 'fixed', month: num(item.SbMonth), day: num(item.SbDay) };
    case 'nthWeekday':
      return { kind: 'nthWeekday', month: num(item.SbMonth), weekday: num(item.SbWeekday), n: num(item.SbNth) };
    case 'lastWeekday':
      return { kind: 'lastWeekday', month: num(item.SbMonth), weekday: num(item.SbWeekday) };
    default:
      // An unknown or explicit rule: explicit dates (none = no occurrence, never a guess).
      return {
        kind: 'explicit',
        dates: readText(item.SbDates)
          .split(',')
          .map((d) => d.trim())
          .filter((d) => d !== '')
      };
  }
}

export function toNationalDay(item: NationalDayItem): NationalDay {
  return {
    id: item.Id,
    title: readText(item.Title),
    rule: toRule(item),
    durationDays: typeof item.SbDurationDays === 'number' && item.SbDurationDays > 0 ? item.SbDurationDays : 1,
    active: item.SbActive !== false,
    description: readText(item.SbDescription),
    pillar: isPillar(item.SbPillar) ? item.SbPillar : null
  };
}

/** The list item body; every rule column is written, so changing the kind leaves no stale numbers. */
export function toNationalDayItem(day: NationalDayInput): Record<string, unknown> {
  const rule = day.rule;
  return {
    Title: day.title,
    SbRuleKind: rule.kind,
    SbMonth: rule.kind === 'explicit' ? null : rule.month,
    SbDay: rule.kind === 'fixed' ? rule.day : null,
    SbWeekday: rule.kind === 'nthWeekday' || rule.kind === 'lastWeekday' ? rule.weekday : null,
    SbNth: rule.kind === 'nthWeekday' ? rule.n : null,
    SbDates: rule.kind === 'explicit' ? rule.dates.join(',') : null,
    SbDurationDays: day.durationDays || 1,
    SbActive: day.active,
    SbDescription: day.description,
    SbPillar: day.pillar || null
  };
}
