/**
 * The Deelname dashboard's figures as text, and its tables as a Dutch Excel CSV. Pure: the
 * texts of the hidden kinds come from the caller (the UI's loc strings), so a cell reads the
 * same on screen and in the file. The CSV follows the participant export (core/export/
 * participantsCsv): UTF-8 with a BOM, ';' between cells, CRLF, csvCell's quoting and formula guard.
 * Only PublishedYear goes in, so only published aggregates can come out: no person data exists here.
 */
import { CSV_BOM, csvCell } from '../export/participantsCsv';
import type { Published, PublishedRate } from './publicationTypes';

export interface HiddenTexts {
  /** 'small': shown as "< 5". */
  small: string;
  /** 'protect' and 'withheld' (the same text, so nobody can tell which figure protects which). */
  hidden: string;
  /** A rate with nothing to divide by (null). */
  none: string;
}

export type NumberLocale = 'nl-NL' | 'en-US';

/** A published count as shown: the number, or the text of its hidden kind. */
export function publishedText(cell: Published, texts: HiddenTexts): string {
  if (typeof cell === 'number') return String(cell);
  return cell === 'small' ? texts.small : texts.hidden;
}

/** A rate 0..1 as a percentage with at most one decimal ('83,3%' in Dutch, '83.3%' in English). */
export function percentText(rate: number, locale: NumberLocale): string {
  const tenths = Math.round(rate * 1000);
  const whole = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  const separator = locale === 'nl-NL' ? ',' : '.';
  return decimal === 0 ? `${whole}%` : `${whole}${separator}${decimal}%`;
}

/** A published rate as shown: a percentage, "geen" for null, or the text of its hidden kind. */
export function rateText(rate: PublishedRate, locale: NumberLocale, texts: HiddenTexts): string {
  if (rate === null) return texts.none;
  if (typeof rate === 'number') return percentText(rate, locale);
  return publishedText(rate, texts);
}

/** A published count as a number for a chart; null when hidden (drawn as no bar). */
export function shownNumber(cell: Published): number | null {
  return typeof cell === 'number' ? cell : null;
}

/** One table as shown on screen: every cell already a display text. */
export interface TextTable {
  title: string;
  /** The heading of the row-label column, then one per data column. */
  columns: string[];
  rows: Array<{ label: string; cells: string[] }>;
}

function csvLine(cells: ReadonlyArray<string>): string {
  return cells.map(csvCell).join(';');
}

/**
 * The tables as one CSV: optional lines first (title, legend), then per table a section: its
 * title, its column headings and its rows, with an empty line between sections.
 */
export function tablesCsv(tables: ReadonlyArray<TextTable>, preamble: ReadonlyArray<string> = []): string {
  const lines: string[] = preamble.map((text) => csvLine([text]));
  for (const table of tables) {
    if (lines.length > 0) lines.push('');
    lines.push(csvLine([table.title]));
    lines.push(csvLine(table.columns));
    for (const row of table.rows) lines.push(csvLine([row.label].concat(row.cells)));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** 'deelname-2026.csv'. */
export function participationFileName(year: number, prefix: string = 'deelname'): string {
  return `${prefix}-${year}.csv`;
}
