import { nextSession } from '../../core/activities/sessions';
import { EditableActivity } from '../../data/contracts/IActivityEditor';

/**
 * "Mijn activiteiten" in the order an organiser works through them: what comes next first
 * (by its next session), then what has ended, most recent first. Pages arrive newest start
 * first, so the shown order is re-sorted after every "Meer laden".
 */
export function byNextSession(items: ReadonlyArray<EditableActivity>, now: Date): EditableActivity[] {
  const keyed = items.map((item) => {
    const next = nextSession(item.activity, now);
    const last = item.activity.dates[item.activity.dates.length - 1] || '';
    return { item, next: next ? next.startsAt.getTime() : undefined, last };
  });
  return keyed
    .sort((a, b) => {
      if (a.next !== undefined && b.next !== undefined) {
        return a.next - b.next || a.item.activity.id - b.item.activity.id;
      }
      if (a.next !== undefined || b.next !== undefined) {
        return a.next !== undefined ? -1 : 1;
      }
      return a.last < b.last ? 1 : a.last > b.last ? -1 : b.item.activity.id - a.item.activity.id;
    })
    .map((k) => k.item);
}
