import { Registration } from '../../core/types';
import { IsoDate } from '../../core/time/calendarDate';

/** Where a sign-up goes: the activity, the date for a weekly drop-in, and its privacy. */
export interface SlotRef {
  activityId: number;
  /** Amsterdam date of a weekly drop-in session; null for one-off events and programmes. */
  sessionDate: IsoDate | null;
  /** Private activities keep their sign-ups in a list colleagues cannot read. */
  isPrivate: boolean;
  /** Start of the last session the sign-up covers; stored so "my sign-ups" reads only upcoming ones. */
  until?: Date;
}

/**
 * A registration as stored. `authorId` is SharePoint's Created By: set by the server,
 * so a sign-up forged in someone else's name can be recognised and ignored.
 */
export interface StoredRegistration extends Registration {
  slot: string;
  authorId: number;
  /** Read from "Aanmeldingen besloten" (else from the public list): Ids are per list. */
  inPrivateList: boolean;
}

/** "SamenBeter Aanmeldingen" and "SamenBeter Aanmeldingen besloten". */
export interface IRegistrationRepository {
  /**
   * All registrations (cancelled too) of the given slots, in Id order, from the list each
   * SlotRef names. A slot asked for with both (before its effective privacy is known) comes
   * from both lists; the caller keeps one list's rows (Ids of the two lists are unrelated).
   */
  listForSlots(slots: SlotRef[]): Promise<StoredRegistration[]>;
  /** As listForSlots, with the people's names and e-mails (organisers, coordinators). */
  listParticipants(slots: SlotRef[]): Promise<StoredRegistration[]>;
  /**
   * The signed-in person's registrations (public and private lists), newest first;
   * with `from`, only those still valid on or after it (indexed SbUntil).
   */
  listMine(personId: number, from?: Date): Promise<StoredRegistration[]>;
  /** ONE write. A duplicate (double click, retried POST) is harmless: only the first counts. */
  signUp(slot: SlotRef, personId: number): Promise<StoredRegistration>;
  /** Marks the person's active registrations in the slot cancelled (kept for order and figures). */
  cancel(slot: SlotRef, registrationIds: number[]): Promise<void>;
}
