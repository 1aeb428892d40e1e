import * as strings from 'SamenBeterStrings';
import { HiddenTexts, publishedText, rateText, TextTable } from '../../core/participation/publicationCsv';
import type { BreakdownName, PeriodStatus, PublishedBreakdown, PublishedYear, TotalsField } from '../../core/participation/publicationTypes';
import { monthName } from '../../core/time/dutchFormat';
import { Pillar } from '../../core/types';
import { formatString } from '../shared/formatString';
import { pillarLabel } from '../shared/labels';
import { UiLocale } from '../host/hostTypes';

/**
 * The dashboard's tables as display text (core's TextTable): the screen and the CSV render the
 * same model, so every cell in the file reads exactly as on screen ("< 5", "–", "83,3%").
 */
export interface DashboardTable extends TextTable {
  /** Stable id (DOM ids, tests). */
  id: string;
  /** A short note under the caption (e.g. "Alleen openbare activiteiten."). */
  note?: string;
}

export function hiddenTexts(): HiddenTexts {
  return { small: strings.ParticipationSmall, hidden: strings.ParticipationHidden, none: strings.ParticipationNone };
}

export function statusText(status: PeriodStatus): string {
  if (status === 'open') return strings.ParticipationStatusOpen;
  return status === 'missing' ? strings.ParticipationStatusMissing : '';
}

/** 'Kwartaal 2' for '2026-Q2', 'Heel 2026' for '2026'. */
export function columnLabel(column: string): string {
  const quarter = /^\d{4}-Q([1-4])$/.exec(column);
  return quarter ? formatString(strings.ParticipationQuarter, quarter[1]) : formatString(strings.ParticipationYearColumn, column);
}

/** 'K2' for '2026-Q2', '2026' for '2026' (chart axes, where space is short). */
export function shortColumnLabel(column: string): string {
  const quarter = /^\d{4}-Q([1-4])$/.exec(column);
  return quarter ? formatString(strings.ParticipationQuarterShort, quarter[1]) : column;
}

/** The column heading with its status when it is not ready: 'Kwartaal 3 (loopt nog)'. */
export function columnHeading(column: string, status: PeriodStatus): string {
  const text = statusText(status);
  return text ? `${columnLabel(column)} (${text})` : columnLabel(column);
}

/** 'januari' for '2026-01'. */
export function monthLabel(month: string, locale: UiLocale): string {
  return monthName(Number(month.slice(5, 7)), locale, 'long');
}

const OUTCOME_LABELS: { [key: string]: () => string } = {
  placedWithLimit: () => strings.ParticipationOutcomePlacedWithLimit,
  placedNoLimit: () => strings.ParticipationOutcomePlacedNoLimit,
  waiting: () => strings.ParticipationOutcomeWaiting,
  cancelledOnTime: () => strings.ParticipationOutcomeCancelledOnTime,
  cancelledLate: () => strings.ParticipationOutcomeCancelledLate,
  cancelledTimeUnknown: () => strings.ParticipationOutcomeCancelledTimeUnknown,
  calledOff: () => strings.ParticipationOutcomeCalledOff
};

const SHAPE_LABELS: { [key: string]: () => string } = {
  oneOff: () => strings.StudioShapeOneOff,
  weeklyDropIn: () => strings.StudioShapeWeekly,
  programme: () => strings.StudioShapeProgramme
};

/** The row label of a breakdown key: Dutch texts for outcomes, pillars and shapes; names as they are. */
export function rowLabel(breakdown: BreakdownName, key: string): string {
  if (key === 'onbekend') return strings.ParticipationUnknown;
  if (breakdown === 'outcome' && OUTCOME_LABELS[key]) return OUTCOME_LABELS[key]();
  if (breakdown === 'shape' && SHAPE_LABELS[key]) return SHAPE_LABELS[key]();
  if (breakdown === 'pillar' && (key === 'Kracht' || key === 'Samen' || key === 'Beter')) return pillarLabel(key as Pillar);
  return key;
}

const BREAKDOWN_TEXTS: { [name in BreakdownName]: () => { title: string; head: string } } = {
  outcome: () => ({ title: strings.ParticipationBreakdownOutcome, head: strings.ParticipationHeadOutcome }),
  pillar: () => ({ title: strings.ParticipationBreakdownPillar, head: strings.ParticipationHeadPillar }),
  activity: () => ({ title: strings.ParticipationBreakdownActivity, head: strings.ParticipationHeadActivity }),
  shape: () => ({ title: strings.ParticipationBreakdownShape, head: strings.ParticipationHeadShape }),
  location: () => ({ title: strings.ParticipationBreakdownLocation, head: strings.ParticipationHeadLocation }),
  department: () => ({ title: strings.ParticipationBreakdownDepartment, head: strings.ParticipationHeadDepartment }),
  office: () => ({ title: strings.ParticipationBreakdownOffice, head: strings.ParticipationHeadOffice })
};

const TOTAL_LABELS: { [field in TotalsField]: () => string } = {
  uniqueParticipants: () => strings.ParticipationTotalUnique,
  repeatParticipants: () => strings.ParticipationTotalRepeat,
  attendance: () => strings.ParticipationTotalAttendance,
  attendanceExpected: () => strings.ParticipationTotalExpected,
  placesOffered: () => strings.ParticipationTotalPlaces,
  sessions: () => strings.ParticipationTotalSessions,
  sessionsCalledOff: () => strings.ParticipationTotalCalledOff
};

const TOTAL_ORDER: TotalsField[] = ['uniqueParticipants', 'repeatParticipants', 'attendance', 'attendanceExpected', 'placesOffered', 'sessions', 'sessionsCalledOff'];

function columnHeadings(year: PublishedYear): string[] {
  return year.columns.map((c, i) => columnHeading(c, year.columnStatus[i]));
}

/** Sign-ups per month (the table of chart 1). */
export function monthTable(year: PublishedYear, locale: UiLocale): DashboardTable {
  const texts = hiddenTexts();
  return {
    id: 'months',
    title: strings.ParticipationSectionTrend,
    columns: [strings.ParticipationTableMonth, strings.ParticipationSignUps, strings.ParticipationTableStatus],
    rows: year.months.map((m, i) => ({
      label: monthLabel(m, locale),
      cells: [publishedText(year.signUpsByMonth[i], texts), statusText(year.monthStatus[i])]
    }))
  };
}

/** Fill rate per quarter and the year (the table of chart 3). */
export function fillRateTable(year: PublishedYear, locale: UiLocale): DashboardTable {
  const texts = hiddenTexts();
  return {
    id: 'fill',
    title: strings.ParticipationSectionFill,
    note: strings.ParticipationPublicOnly,
    columns: [strings.ParticipationTableFigure].concat(columnHeadings(year)),
    rows: [{ label: strings.ParticipationFillRate, cells: year.fillRate.map((r) => rateText(r, locale, texts)) }]
  };
}

/** Sign-ups, the totals fields and the attendance rate per column. */
export function totalsTable(year: PublishedYear, locale: UiLocale): DashboardTable {
  const texts = hiddenTexts();
  const counts = (cells: typeof year.signUps): string[] => cells.map((c) => publishedText(c, texts));
  return {
    id: 'totals',
    title: strings.ParticipationTotalsTitle,
    columns: [strings.ParticipationTableFigure].concat(columnHeadings(year)),
    rows: [{ label: strings.ParticipationSignUpsAll, cells: counts(year.signUps) }]
      .concat(TOTAL_ORDER.map((field) => ({ label: TOTAL_LABELS[field](), cells: counts(year.totals[field]) })))
      .concat([{ label: strings.ParticipationAttendanceRate, cells: year.attendanceRate.map((r) => rateText(r, locale, texts)) }])
  };
}

export function breakdownTable(year: PublishedYear, breakdown: PublishedBreakdown, locale: UiLocale): DashboardTable {
  const texts = hiddenTexts();
  const { title, head } = BREAKDOWN_TEXTS[breakdown.name]();
  const fromDirectory = breakdown.name === 'department' || breakdown.name === 'office';
  return {
    id: `breakdown-${breakdown.name}`,
    title,
    note: fromDirectory && year.directoryUnavailable ? `${strings.ParticipationPublicOnly} ${strings.ParticipationDirectoryUnavailable}` : strings.ParticipationPublicOnly,
    columns: [head].concat(columnHeadings(year)),
    rows: breakdown.rows.map((row) => ({ label: breakdownRowLabel(breakdown, row.key, locale), cells: row.cells.map((c) => publishedText(c, texts)) }))
  };
}

/** The months an activity ran: 'mei', 'jan–mrt', 'nov 2026–feb 2027' (activities can share a title). */
function spanText(span: [string, string], locale: UiLocale): string {
  const [fromYear, fromMonth] = span[0].split('-').map(Number);
  const [toYear, toMonth] = span[1].split('-').map(Number);
  const name = (month: number, year: number, withYear: boolean): string => monthName(month, locale, 'short') + (withYear ? ` ${year}` : '');
  if (fromYear === toYear && fromMonth === toMonth) return name(fromMonth, fromYear, false);
  const years = fromYear !== toYear;
  return `${name(fromMonth, fromYear, years)}–${name(toMonth, toYear, years)}`;
}

/** An activity row reads "<title> (<pillar>, <months>)"; other rows as rowLabel says. */
function breakdownRowLabel(breakdown: PublishedBreakdown, key: string, locale: UiLocale): string {
  const title = breakdown.labels ? breakdown.labels[key] : undefined;
  if (title === undefined) return rowLabel(breakdown.name, key);
  const pillar = breakdown.groups ? breakdown.groups[key] : undefined;
  const span = breakdown.spans ? breakdown.spans[key] : undefined;
  const details = (pillar ? [rowLabel('pillar', pillar)] : []).concat(span ? [spanText(span, locale)] : []);
  return details.length > 0 ? `${title} (${details.join(', ')})` : title;
}

/** Every table of the dashboard, in the order of the page (and of the CSV). */
export function dashboardTables(year: PublishedYear, locale: UiLocale): DashboardTable[] {
  return [monthTable(year, locale), totalsTable(year, locale), fillRateTable(year, locale)].concat(year.breakdowns.map((b) => breakdownTable(year, b, locale)));
}

/** True when not a single month or column of the year has figures yet. */
export function hasNoFigures(year: PublishedYear): boolean {
  return year.monthStatus.every((s) => s !== 'ready') && year.columnStatus.every((s) => s !== 'ready');
}

/** A period key as people say it: 'maart 2026', 'Kwartaal 1 2026', '2026'. */
export function periodLabel(key: string, locale: UiLocale): string {
  if (/^\d{4}-\d{2}$/.test(key)) return `${monthLabel(key, locale)} ${key.slice(0, 4)}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${formatString(strings.ParticipationQuarter, quarter[2])} ${quarter[1]}`;
  return key;
}
