import { NationalDayOccurrence } from '../../core/calendar/nationalDays';
import { IsoDate } from '../../core/time/calendarDate';
import { NewsPost } from '../../core/types';

export interface DayChipsProps {
  date: IsoDate;
  posts: NewsPost[];
  nationalDays: NationalDayOccurrence[];
  /** Communications: chips are buttons that open the editor. Others see plain text. */
  canWrite: boolean;
  /** false inside the grid: the chips are reached with Enter on the day, not with Tab. */
  tabbable: boolean;
  /** Show "Schrijf bericht voor deze dag" next to a national day (week list). */
  showWriteButtons: boolean;
  onOpenPost: (post: NewsPost) => void;
  onWriteForDay: (date: IsoDate, occurrence?: NationalDayOccurrence) => void;
}
