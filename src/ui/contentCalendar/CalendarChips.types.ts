import type { ClosingDay } from '../../core/calendar/daysOff';
import type { PublicHoliday } from '../../core/calendar/holidays';
import { NationalDayOccurrence } from '../../core/calendar/nationalDays';
import { IsoDate } from '../../core/time/calendarDate';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { NewsPost } from '../../core/types';

export interface DayChipsProps {
  date: IsoDate;
  posts: NewsPost[];
  nationalDays: NationalDayOccurrence[];
  /** The public holiday on the day, shown as a marker (not a button). */
  holiday?: PublicHoliday;
  /** The municipality's closing day on the day, shown as a marker too (not a button). */
  closingDay?: ClosingDay;
  locale: DisplayLocale;
  /** Communications: chips are buttons that open the editor. Others see plain text. */
  canWrite: boolean;
  /** false inside the grid: the chips are reached with Enter on the day, not with Tab. */
  tabbable: boolean;
  /** Show "Schrijf bericht voor deze dag" next to a national day (week list). */
  showWriteButtons: boolean;
  onOpenPost: (post: NewsPost) => void;
  onWriteForDay: (date: IsoDate, occurrence?: NationalDayOccurrence) => void;
}
