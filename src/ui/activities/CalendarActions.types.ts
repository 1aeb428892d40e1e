import { Activity, ActivitySession } from '../../core/types';
import { MyStatus } from './slotView';

export interface CalendarActionsProps {
  activity: Activity;
  /** The sessions the sign-up covers: one drop-in date, or every session of a programme. */
  sessions: ActivitySession[];
  /** The drop-in date (part of the file name); null for one-off events and programmes. */
  sessionDate: string | null;
  my: MyStatus;
}
