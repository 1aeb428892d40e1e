import { NationalDayOccurrence } from '../../core/calendar/nationalDays';
import { CalendarEntries } from '../../core/contentCalendar/calendarEntries';
import { MonthGrid as MonthGridData } from '../../core/contentCalendar/monthGrid';
import { IsoDate } from '../../core/time/calendarDate';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { NewsPost } from '../../core/types';

/** What the month grid and the week list both show (the same data, two layouts). */
export interface CalendarViewProps {
  grid: MonthGridData;
  entries: CalendarEntries<NewsPost>;
  /** The Amsterdam date of now. */
  today: IsoDate;
  locale: DisplayLocale;
  /** Communications or owner: chips open editors. */
  canWrite: boolean;
  onOpenPost: (post: NewsPost) => void;
  onWriteForDay: (date: IsoDate, occurrence?: NationalDayOccurrence) => void;
}
