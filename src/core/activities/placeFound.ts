/**
 * "Je hebt een plek": whether someone who has a place now was on the waiting list when they
 * signed up — so the product can say so in "Mijn aanmeldingen" and on the card, for everyone,
 * with or without Teams notifications. Derived only from what SharePoint assigns: the Ids
 * (order), Created (when each sign-up arrived) and, for a cancelled sign-up, Modified (when it
 * was cancelled; cancelling is the only change the rules allow). The slot is derived again as
 * it stood the moment this person's sign-up arrived: sign-ups cancelled later still counted
 * then. A cancelled sign-up without a known time counts as cancelled before (no false claim).
 */
import { deriveSlot, outcomeFor, SlotRules } from './outcomes';
import { Registration } from '../types';

export function hadToWait(registrations: ReadonlyArray<Registration>, personId: number, rules: SlotRules): boolean {
  const now = outcomeFor(deriveSlot(registrations, rules), personId);
  if (!now || now.outcome !== 'confirmed') {
    return false;
  }
  const mine = registrations.filter((r) => r.id === now.registrationId)[0];
  if (!mine) {
    return false;
  }
  const arrived = mine.registeredAt.getTime();
  const then = registrations
    .filter((r) => r.id <= mine.id)
    .map((r) =>
      r.status === 'cancelled' && r.withdrawnAt && r.withdrawnAt.getTime() > arrived ? { ...r, status: 'requested' as Registration['status'] } : r
    );
  const before = outcomeFor(deriveSlot(then, rules), personId);
  return !!before && before.registrationId === mine.id && before.outcome === 'waiting';
}
