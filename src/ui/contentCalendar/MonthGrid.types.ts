import { IsoDate } from '../../core/time/calendarDate';
import { CalendarViewProps } from './CalendarView.types';

export interface MonthGridProps extends CalendarViewProps {
  /** The id of the month title, which names the grid. */
  labelledBy: string;
  /** The one tabbable day (roving tabindex). */
  activeDate: IsoDate;
  /**
   * The keyboard moved to `date`. `monthJump` for Page Up/Down: show that date's month.
   * A date outside the grid also changes the month; the grid then focuses the date's cell.
   */
  onNavigate: (date: IsoDate, monthJump: boolean) => void;
  /** A plain focus (click, Tab): only the roving tabindex follows. */
  onActivate: (date: IsoDate) => void;
}
