import * as strings from 'SamenBeterStrings';
import { customRangeTotal } from '../../core/participation/periods';
import type { PublishedYear } from '../../core/participation/publicationTypes';
import { formatString } from '../shared/formatString';
import { UiLocale } from '../host/hostTypes';
import { monthLabel } from './participationTables';

/** A month total that may be added up: shown, and its month published. */
function shownMonthTotal(year: PublishedYear, index: number): number | null {
  const cell = year.signUpsByMonth[index];
  return year.monthStatus[index] === 'ready' && typeof cell === 'number' ? cell : null;
}

/** Why a month stops a custom total: it runs, it is not computed, or its figure is hidden. */
function whyNoTotal(year: PublishedYear, index: number, locale: UiLocale): string {
  const month = monthLabel(year.months[index], locale);
  const status = year.monthStatus[index];
  if (status === 'open') return formatString(strings.ParticipationCustomNoTotalOpen, month);
  if (status === 'missing') return formatString(strings.ParticipationCustomNoTotalMissing, month);
  return formatString(year.signUpsByMonth[index] === 'small' ? strings.ParticipationCustomNoTotalSmall : strings.ParticipationCustomNoTotalHidden, month);
}

/**
 * The sentence of "Eigen periode": the sign-ups from month `from` to month `to` (indexes 0..11,
 * inclusive), summed by core's customRangeTotal from the shown month totals only; when a month in
 * the range is hidden or not ready, why there is no total. Never a breakdown.
 */
export function customRangeText(year: PublishedYear, from: number, to: number, locale: UiLocale): { text: string; total: number | null } {
  if (to < from) return { text: strings.ParticipationCustomOrder, total: null };
  const keys = year.months.slice(from, to + 1);
  const total = customRangeTotal(keys, (key) => shownMonthTotal(year, year.months.indexOf(key)));
  if (total === null) {
    let blocking = from;
    while (blocking <= to && shownMonthTotal(year, blocking) !== null) blocking++;
    return { text: whyNoTotal(year, blocking, locale), total: null };
  }
  return {
    text: formatString(strings.ParticipationCustomTotal, monthLabel(year.months[from], locale), monthLabel(year.months[to], locale), year.year, total),
    total
  };
}
