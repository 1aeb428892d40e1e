import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { odataDateTime, odataString } from '../../core/odata/escape';
import { slotKey } from '../../core/activities/slots';
import { IRegistrationRepository, SlotRef, StoredRegistration } from '../contracts/IRegistrationRepository';
import { listDef } from '../schema/lists';
import { queryInChunks } from './queryInChunks';
import { toDataError } from '../errors/toDataError';
import { readDate, writeDate } from './fieldValues';
import { NoMetadata } from '../sp/behaviors';

const PUBLIC_LIST = listDef('registrations');
const PRIVATE_LIST = listDef('privateRegistrations');

/** Slots per query: `SbSlot eq … or …` stays a short URL and a small indexed result. */
const SLOTS_PER_QUERY = 20;
/** A slot holds its capacity plus a waiting list; far below the 5,000-item threshold. */
const ROWS_PER_QUERY = 2000;

const SELECT = ['Id', 'SbSlot', 'SbActivityId', 'SbSessionDate', 'SbPersonId', 'SbCancelled', 'Created', 'AuthorId'];

interface RegistrationItem {
  Id: number;
  SbPerson?: { Title?: string; EMail?: string } | null;
  SbSlot: string;
  SbActivityId: number;
  SbSessionDate: string | null;
  SbPersonId: number;
  SbCancelled: boolean | null;
  Created: string;
  AuthorId: number;
}

function toRegistration(item: RegistrationItem): StoredRegistration {
  return {
    id: item.Id,
    activityId: item.SbActivityId,
    sessionKey: item.SbSessionDate || null,
    person: { id: item.SbPersonId, name: (item.SbPerson && item.SbPerson.Title) || '', email: (item.SbPerson && item.SbPerson.EMail) || '' },
    registeredAt: readDate(item.Created) || new Date(0),
    status: item.SbCancelled ? 'cancelled' : 'requested',
    slot: item.SbSlot,
    authorId: item.AuthorId
  };
}

function byId(a: StoredRegistration, b: StoredRegistration): number {
  return a.id - b.id;
}

export class SpRegistrationRepository implements IRegistrationRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async listForSlots(slots: SlotRef[]): Promise<StoredRegistration[]> {
    return this.querySlots(slots, false);
  }

  /** Like listForSlots, with each person's name and e-mail (for the organiser's participant list). */
  public async listParticipants(slots: SlotRef[]): Promise<StoredRegistration[]> {
    return this.querySlots(slots, true);
  }

  private async querySlots(slots: SlotRef[], withPerson: boolean): Promise<StoredRegistration[]> {
    const select = withPerson ? SELECT.concat(['SbPerson/Title', 'SbPerson/EMail']) : SELECT;
    const query = (isPrivate: boolean): Promise<RegistrationItem[]> =>
      queryInChunks(
        slots.filter((s) => s.isPrivate === isPrivate).map((s) => slotKey(s.activityId, s.sessionDate)),
        SLOTS_PER_QUERY,
        (chunk) => {
          // SbSlot is indexed: the leftmost (and only) condition narrows to these slots.
          const base = this.items(isPrivate).using(NoMetadata()).select(...select);
          return (withPerson ? base.expand('SbPerson') : base)
            .filter(chunk.map((k) => `SbSlot eq ${odataString(k)}`).join(' or '))
            .orderBy('Id', true)
            .top(ROWS_PER_QUERY)<RegistrationItem[]>();
        }
      );
    // Both lists' queries start before anything is awaited: one round trip when batched.
    const reads = [query(false), query(true)];
    try {
      const all = (await Promise.all(reads)).reduce<RegistrationItem[]>((a, b) => a.concat(b), []).map(toRegistration);
      // A sign-up written in someone else's name (forged SbPerson) never counts: the
      // person is who SharePoint says created the item.
      return all.filter((r) => r.person.id === r.authorId).sort(byId);
    } catch (e) {
      throw toDataError(e, { listTitle: PUBLIC_LIST.title });
    }
  }

  public async listMine(personId: number, from?: Date): Promise<StoredRegistration[]> {
    // SbPerson (indexed) first narrows to one person's history; SbUntil keeps the
    // answer to what is still to come, however long that history gets.
    const filter = `SbPersonId eq ${Math.floor(personId)}` + (from ? ` and SbUntil ge ${odataDateTime(from)}` : '');
    const mine = (isPrivate: boolean): Promise<RegistrationItem[]> =>
      this.items(isPrivate)
        .using(NoMetadata())
        .select(...SELECT)
        .filter(filter)
        .orderBy('Id', false)
        .top(500)<RegistrationItem[]>();
    try {
      const [open, closed] = await Promise.all([mine(false), mine(true)]);
      return open
        .concat(closed)
        .map(toRegistration)
        .filter((r) => r.authorId === personId)
        .sort((a, b) => b.id - a.id);
    } catch (e) {
      throw toDataError(e, { listTitle: PUBLIC_LIST.title });
    }
  }

  public async signUp(slot: SlotRef, personId: number): Promise<StoredRegistration> {
    const key = slotKey(slot.activityId, slot.sessionDate);
    try {
      const added = (await this.items(slot.isPrivate).add({
        Title: key,
        SbActivityId: slot.activityId,
        SbSlot: key,
        SbSessionDate: slot.sessionDate,
        SbPersonId: personId,
        SbCancelled: false,
        SbUntil: writeDate(slot.until)
      })) as RegistrationItem;
      return toRegistration(added);
    } catch (e) {
      throw toDataError(e, { listTitle: slot.isPrivate ? PRIVATE_LIST.title : PUBLIC_LIST.title });
    }
  }

  public async cancel(slot: SlotRef, registrationIds: number[]): Promise<void> {
    const items = this.items(slot.isPrivate);
    try {
      // Usually one id; duplicates from a double click are cancelled along with it.
      await Promise.all(unique(registrationIds).map((id) => items.getById(id).update({ SbCancelled: true })));
    } catch (e) {
      throw toDataError(e, { listTitle: slot.isPrivate ? PRIVATE_LIST.title : PUBLIC_LIST.title });
    }
  }

  private items(isPrivate: boolean): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(isPrivate ? PRIVATE_LIST.title : PUBLIC_LIST.title).items;
  }
}

function unique<T>(values: T[]): T[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}
