import { ClosingDay } from '../../core/calendar/daysOff';
import { IsoDate } from '../../core/time/calendarDate';

/** A closing day as an owner enters it, before SharePoint assigns it an id. */
export type ClosingDayInput = Omit<ClosingDay, 'id'>;

/**
 * The list "SamenBeter Sluitingsdagen": the municipality's own closing days, kept by the site
 * owners. Everyone reads; SharePoint refuses anyone else's writes (403 → 'accessDenied').
 */
export interface IClosingDayRepository {
  /**
   * The closing days from `from` to `to` (inclusive, Amsterdam dates), in date order. Filters on
   * the indexed SbDate; no silent cap: pages of 2,000 rows, Id windows past 5,000 (readAllById).
   */
  between(from: IsoDate, to: IsoDate): Promise<ClosingDay[]>;
  /**
   * The closing days from `from` on (inclusive), in date order: what the owners' panel lists.
   * Filters on the indexed SbDate only; paged like `between`, no cap.
   */
  onOrAfter(from: IsoDate): Promise<ClosingDay[]>;
  /** Owners only. */
  add(day: ClosingDayInput): Promise<ClosingDay>;
  /** Owners only; an id that is gone answers 'notFound'. */
  delete(id: number): Promise<void>;
}
