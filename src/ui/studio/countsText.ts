import * as strings from 'SamenBeterStrings';
import { SlotSummary } from '../../core/activities/outcomes';
import { formatString } from '../shared/formatString';

/**
 * "2 van 10 plekken bezet · 1 op de wachtlijst": what an organiser reads at a glance on a
 * phone. The waiting list is named only when someone is on it; an unlimited activity says how
 * many signed up.
 */
export function countsText(summary: Pick<SlotSummary, 'confirmed' | 'waiting'>, capacity: number | null): string {
  const taken =
    capacity === null
      ? formatString(strings.StudioCountsOpen, summary.confirmed)
      : formatString(capacity === 1 ? strings.StudioCountsTakenOne : strings.StudioCountsTaken, summary.confirmed, capacity);
  return summary.waiting > 0 ? `${taken} · ${formatString(strings.StudioCountsWaiting, summary.waiting)}` : taken;
}
