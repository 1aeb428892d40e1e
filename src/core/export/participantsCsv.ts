/**
 * Participants as a CSV file that opens correctly in Dutch Excel: UTF-8 with a BOM (else
 * Excel reads it as Windows-1252 and mangles "Jérôme"), ';' as separator (Dutch Excel
 * uses ',' as the decimal sign), CRLF line ends, Dutch dates.
 */
import { amsterdamWallTime } from '../time/amsterdam';
import { pad } from '../time/calendarDate';

export interface ParticipantRow {
  name: string;
  email: string;
  /** 'Bevestigd' / 'Wachtlijst 3' / … already in the export's language. */
  status: string;
  /** The drop-in date, or '' for a programme or one-off event. */
  sessionDate: string;
  registeredAt: Date;
}

export interface CsvHeadings {
  name: string;
  email: string;
  status: string;
  sessionDate: string;
  registeredAt: string;
}

export const CSV_BOM: string = '\ufeff';

/** 24-11-2026 12:15 in Europe/Amsterdam. */
export function dutchDateTime(instant: Date): string {
  const t = amsterdamWallTime(instant);
  return pad(t.day, 2) + '-' + pad(t.month, 2) + '-' + t.year + ' ' + pad(t.hour, 2) + ':' + pad(t.minute, 2);
}

/** 'YYYY-MM-DD' → '24-11-2026'; anything else unchanged. */
export function dutchDate(isoDate: string): string {
  const m: RegExpExecArray | null = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? m[3] + '-' + m[2] + '-' + m[1] : isoDate;
}

/**
 * One cell. Quotes when needed; and a leading = + - @ (or tab/CR) gets an apostrophe so
 * a name like "=HYPERLINK(…)" is shown as text instead of run as a formula (CSV injection).
 */
export function csvCell(value: string): string {
  let text: string = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) {
    text = "'" + text;
  }
  if (/[";\r\n]/.test(text)) {
    text = '"' + text.replace(/"/g, '""') + '"';
  }
  return text;
}

export function participantsCsv(rows: ReadonlyArray<ParticipantRow>, headings: CsvHeadings): string {
  const lines: string[] = [
    [headings.name, headings.email, headings.status, headings.sessionDate, headings.registeredAt].map(csvCell).join(';')
  ];
  for (let i: number = 0; i < rows.length; i++) {
    const r: ParticipantRow = rows[i];
    lines.push(
      [r.name, r.email, r.status, r.sessionDate ? dutchDate(r.sessionDate) : '', dutchDateTime(r.registeredAt)].map(csvCell).join(';')
    );
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
