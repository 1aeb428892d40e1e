import { ContentWarning } from '../../core/contentCalendar/warnings';
import { IsoDate } from '../../core/time/calendarDate';
import { DisplayLocale } from '../../core/time/dutchFormat';

export interface WarningsPanelProps {
  warnings: ReadonlyArray<ContentWarning>;
  locale: DisplayLocale;
  /** The Amsterdam date of now. */
  today: IsoDate;
  /** "Schrijf bericht …": a new post on `date`, for the national day with that id if given. */
  onWritePost: (date: IsoDate, nationalDayId?: number) => void;
  /** "Open concept": the draft written for a national day. */
  onOpenPost: (postId: number) => void;
  /** "Plan thema": the theme planner for the month that owns the week of `date` (its Thursday). */
  onPlanThemes: (date: IsoDate) => void;
}
