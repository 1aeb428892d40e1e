import { Activity, ActivitySession } from '../../core/types';
import { SlotView } from './slotView';

export interface SlotActionsProps {
  activity: Activity;
  /** The drop-in date's session; null for one-off events and programmes. */
  session: ActivitySession | null;
  view: SlotView;
  /** Id of the text the button belongs to (the date of a drop-in row). */
  describedBy?: string;
}
