import { Activity, ActivitySession } from '../../core/types';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { SlotView } from './slotView';

export interface ActivityCardProps {
  activity: Activity;
  /** The next session the card shows; undefined when none is left. */
  session: ActivitySession | undefined;
  /** The viewer's view of the card's slot (places, own status). */
  view: SlotView | undefined;
  locale: DisplayLocale;
  now: Date;
  onOpen: (activityId: number) => void;
}
