/**
 * The rule that turns stored registration items into sign-ups (docs/signup-rules.md).
 *
 * Under WriteSecurity 2 an employee can rewrite every field of their OWN registration item
 * over REST at any time. So no outcome may rest on a field its author can change later;
 * outcomes rest on what SharePoint assigns and nobody can set:
 * - Id: the order of arrival (who gets a place);
 * - owshiddenversion (the item's ETag): 1 when created, +1 on every update of any kind;
 * - Author (Created By): who made the item;
 * - Created: when it arrived (the deadline rule).
 *
 * Cancelling is the only legitimate change of a registration, so a registration that was
 * changed after it was created (version > 1) is withdrawn, whatever its fields say now.
 * Re-pointing an old item to another slot, un-cancelling it or moving it past a deadline is
 * therefore a cancellation and changes nobody else's outcome. Signing up again is a new
 * item: a new Id at the back of the queue.
 */
import { slotKey } from './slots';

/** One registration item as SharePoint stored it, before any rule is applied. */
export interface RegistrationRecord {
  id: number;
  created: Date;
  authorId: number;
  /** owshiddenversion: 1 = as created. */
  version: number;
  slot: string;
  activityId: number;
  sessionDate: string | null;
  personId: number;
  cancelledFlag: boolean;
}

/**
 * - counts: a sign-up that competes for a place;
 * - withdrawn: cancelled, or changed after it was created;
 * - foreign: written in someone else's name (person ≠ Created By): ignored;
 * - malformed: its slot does not match its activity and date (a hand-made item): ignored.
 */
export type RecordVerdict = 'counts' | 'withdrawn' | 'foreign' | 'malformed';

export function recordVerdict(record: RegistrationRecord): RecordVerdict {
  if (record.personId !== record.authorId) {
    return 'foreign';
  }
  if (!slotMatches(record)) {
    return 'malformed';
  }
  if (record.cancelledFlag || record.version !== 1) {
    return 'withdrawn';
  }
  return 'counts';
}

/** True when SbSlot is exactly what slotKey makes of the activity id and the date. */
function slotMatches(record: RegistrationRecord): boolean {
  try {
    return record.slot === slotKey(record.activityId, record.sessionDate);
  } catch {
    return false;
  }
}

