import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { odataDateTime, odataString } from '../../core/odata/escape';
import { slotKey } from '../../core/activities/slots';
import { upnFromLogin } from '../../core/links/teamsChat';
import { IRegistrationRepository, SlotRef, StoredRegistration } from '../contracts/IRegistrationRepository';
import { listTitle } from '../schema/listTitles';
import { queryInChunks } from './queryInChunks';
import { toDataError } from '../errors/toDataError';
import { DataErrorKind } from '../../core/errors';
import { readDate, writeDate } from './fieldValues';
import { NoMetadata } from '../sp/behaviors';
import { highestId, ItemsQuery, readAllById } from './readAllById';
import { RegistrationRecord, recordVerdict } from '../../core/activities/registrationRecord';
import { ParticipationRecord } from '../../core/participation/figureTypes';

const PUBLIC_LIST_TITLE = listTitle('registrations');
const PRIVATE_LIST_TITLE = listTitle('privateRegistrations');

/** Slots per query: `SbSlot eq … or …` stays a short URL and a small indexed result. */
const SLOTS_PER_QUERY = 20;

// owshiddenversion is the item's version (its ETag): the rule in core/activities/registrationRecord.
const SELECT = ['Id', 'SbSlot', 'SbActivityId', 'SbSessionDate', 'SbPersonId', 'SbCancelled', 'Created', 'Modified', 'AuthorId', 'owshiddenversion'];

interface RegistrationItem {
  Id: number;
  SbPerson?: { Title?: string; EMail?: string; Name?: string } | null;
  SbSlot: string;
  SbActivityId: number;
  SbSessionDate: string | null;
  SbPersonId: number;
  SbCancelled: boolean | null;
  Created: string;
  Modified?: string;
  AuthorId: number;
  owshiddenversion?: number;
}

function toRecord(item: RegistrationItem): RegistrationRecord {
  return {
    id: item.Id,
    created: readDate(item.Created) || new Date(0),
    authorId: item.AuthorId,
    // An answer without the version (never from SharePoint) counts as changed: the stricter reading.
    version: typeof item.owshiddenversion === 'number' ? item.owshiddenversion : 0,
    slot: item.SbSlot,
    activityId: item.SbActivityId,
    sessionDate: item.SbSessionDate || null,
    personId: item.SbPersonId,
    cancelledFlag: !!item.SbCancelled
  };
}

/** The registration the item stands for, or undefined when the rule ignores it (foreign, malformed). */
function toRegistration(item: RegistrationItem, inPrivateList: boolean): StoredRegistration | undefined {
  const verdict = recordVerdict(toRecord(item));
  if (verdict === 'foreign' || verdict === 'malformed') {
    return undefined;
  }
  return stored(item, verdict === 'withdrawn' ? 'cancelled' : 'requested', inPrivateList);
}

/**
 * When a withdrawn registration stopped counting: its Modified, but only when the cancel was its
 * one and only change (owshiddenversion 2). Changed again afterwards, Modified says when someone
 * last touched it, not when it was cancelled: unknown, so no "Je hebt een plek" rests on it.
 */
function withdrawnAt(item: RegistrationItem): Date | undefined {
  return item.owshiddenversion === 2 ? readDate(item.Modified || null) || undefined : undefined;
}

function stored(item: RegistrationItem, status: StoredRegistration['status'], inPrivateList: boolean): StoredRegistration {
  return {
    id: item.Id,
    activityId: item.SbActivityId,
    sessionKey: item.SbSessionDate || null,
    person: {
      id: item.SbPersonId,
      name: (item.SbPerson && item.SbPerson.Title) || '',
      email: (item.SbPerson && item.SbPerson.EMail) || '',
      upn: item.SbPerson ? upnFromLogin(item.SbPerson.Name) : undefined
    },
    registeredAt: readDate(item.Created) || new Date(0),
    status,
    withdrawnAt: status === 'cancelled' ? withdrawnAt(item) : undefined,
    slot: item.SbSlot,
    authorId: item.AuthorId,
    inPrivateList
  };
}

function toRegistrations(items: RegistrationItem[], inPrivateList: boolean): StoredRegistration[] {
  return items.map((item) => toRegistration(item, inPrivateList)).filter((r): r is StoredRegistration => r !== undefined);
}

/** Failures after which a write may still have been applied. */
const ANSWER_MAY_BE_LOST: DataErrorKind[] = ['throttled', 'network', 'unknown'];

function byId(a: StoredRegistration, b: StoredRegistration): number {
  return a.id - b.id;
}

export class SpRegistrationRepository implements IRegistrationRepository {
  private readonly sp: SPFI;
  private readonly more: SPFI;

  /**
   * `sp` may be a batched instance: each read's first request goes into its `$batch`;
   * `more` (not batched; `sp` by default) carries the further pages of very full slots.
   */
  public constructor(sp: SPFI, more?: SPFI) {
    this.sp = sp;
    this.more = more || sp;
  }

  public async listForSlots(slots: SlotRef[]): Promise<StoredRegistration[]> {
    return this.querySlots(slots, false);
  }

  /** Like listForSlots, with each person's name and e-mail (for the organiser's participant list). */
  public async listParticipants(slots: SlotRef[]): Promise<StoredRegistration[]> {
    return this.querySlots(slots, true);
  }

  private async querySlots(slots: SlotRef[], withPerson: boolean): Promise<StoredRegistration[]> {
    const lists = await this.slotItems(slots, withPerson);
    return toRegistrations(lists.public, false).concat(toRegistrations(lists.private, true)).sort(byId);
  }

  /**
   * Every item of the slots as it is stored, cancelled and ignored ones too, with the server-set
   * Modified and which list it is in: what the participation figures are computed from (owners,
   * who can read both lists; core/participation applies the same rules as everywhere).
   */
  public async participationRecords(slots: SlotRef[]): Promise<ParticipationRecord[]> {
    const lists = await this.slotItems(slots, false);
    const records = (items: RegistrationItem[], inPrivateList: boolean): ParticipationRecord[] =>
      items.map((item) => ({ ...toRecord(item), modified: readDate(item.Modified) || null, inPrivateList }));
    return records(lists.public, false)
      .concat(records(lists.private, true))
      .sort((a, b) => a.id - b.id);
  }

  private async slotItems(slots: SlotRef[], withPerson: boolean): Promise<{ public: RegistrationItem[]; private: RegistrationItem[] }> {
    const select = withPerson ? SELECT.concat(['SbPerson/Title', 'SbPerson/EMail', 'SbPerson/Name']) : SELECT;
    const keysOf = (isPrivate: boolean): string[] => slots.filter((s) => s.isPrivate === isPrivate).map((s) => slotKey(s.activityId, s.sessionDate));
    const query = (isPrivate: boolean): Promise<RegistrationItem[]> =>
      queryInChunks(keysOf(isPrivate), SLOTS_PER_QUERY, async (chunk) => {
        const read = (sp: SPFI): ItemsQuery<RegistrationItem> => (filter: string, top: number): Promise<RegistrationItem[]> => {
          const base = this.itemsOf(sp, isPrivate).using(NoMetadata()).select(...select);
          return (withPerson ? base.expand('SbPerson') : base).filter(filter).orderBy('Id', true).top(top)<RegistrationItem[]>();
        };
        // SbSlot is indexed and leads the filter; a slot past 5,000 rows falls back to Id windows.
        const result = await readAllById(
          { first: read(this.sp), more: read(this.more) },
          chunk.map((k) => `SbSlot eq ${odataString(k)}`).join(' or '),
          () => this.maxId(isPrivate)
        );
        return result.rows;
      });
    // Both lists' queries start before anything is awaited: one round trip when batched.
    const reads = [query(false), query(true)];
    try {
      const [publicItems, privateItems] = await Promise.all(reads);
      return { public: publicItems, private: privateItems };
    } catch (e) {
      throw toDataError(e, { listTitle: PUBLIC_LIST_TITLE });
    }
  }

  private maxId(isPrivate: boolean): Promise<number> {
    return highestId(this.itemsOf(this.more, isPrivate));
  }

  public async listMine(personId: number, from?: Date): Promise<StoredRegistration[]> {
    // SbPerson (indexed) first narrows to one person's history; SbUntil keeps the
    // answer to what is still to come, however long that history gets.
    const filter = `SbPersonId eq ${Math.floor(personId)}` + (from ? ` and SbUntil ge ${odataDateTime(from)}` : '');
    const mine = async (isPrivate: boolean): Promise<RegistrationItem[]> => {
      const read = (sp: SPFI): ItemsQuery<RegistrationItem> => (f: string, top: number): Promise<RegistrationItem[]> =>
        this.itemsOf(sp, isPrivate).using(NoMetadata()).select(...SELECT).filter(f).orderBy('Id', true).top(top)<RegistrationItem[]>();
      // No cap: pages on past 2,000 rows, Id windows past 5,000 (readAllById).
      return (await readAllById({ first: read(this.sp), more: read(this.more) }, filter, () => this.maxId(isPrivate))).rows;
    };
    try {
      const [open, closed] = await Promise.all([mine(false), mine(true)]);
      return toRegistrations(open, false)
        .concat(toRegistrations(closed, true))
        .filter((r) => r.authorId === personId)
        .sort((a, b) => b.id - a.id);
    } catch (e) {
      throw toDataError(e, { listTitle: PUBLIC_LIST_TITLE });
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
      // What was stored, as stored: whether it counts is for readers to derive.
      return stored(added, 'requested', slot.isPrivate);
    } catch (e) {
      throw toDataError(e, { listTitle: slot.isPrivate ? PRIVATE_LIST_TITLE : PUBLIC_LIST_TITLE });
    }
  }

  public async cancel(slot: SlotRef, registrationIds: number[]): Promise<void> {
    const items = this.items(slot.isPrivate);
    const ids = unique(registrationIds);
    const listTitle = slot.isPrivate ? PRIVATE_LIST_TITLE : PUBLIC_LIST_TITLE;
    try {
      // Usually one id; duplicates from a double click are cancelled along with it.
      await Promise.all(ids.map((id) => items.getById(id).update({ SbCancelled: true })));
    } catch (e) {
      const error = toDataError(e, { listTitle });
      // A 5xx or a lost connection after PnPjs's retries may hide a write SharePoint applied
      // (the answer was lost, not the change): read the items again and report what happened.
      if (ANSWER_MAY_BE_LOST.indexOf(error.kind) < 0 || !(await this.allWithdrawn(slot.isPrivate, ids).catch(() => false))) {
        throw error;
      }
    }
  }

  /** True when every one of the items is withdrawn by the rule (changed since created, or flagged). */
  private async allWithdrawn(isPrivate: boolean, ids: number[]): Promise<boolean> {
    const rows = await queryInChunks(ids, SLOTS_PER_QUERY, (chunk) =>
      this.itemsOf(this.more, isPrivate)
        .using(NoMetadata())
        .select(...SELECT)
        .filter(chunk.map((id) => `Id eq ${Math.floor(id)}`).join(' or '))
        .top(chunk.length)<RegistrationItem[]>()
    );
    return rows.length === ids.length && rows.every((row) => recordVerdict(toRecord(row)) === 'withdrawn');
  }

  private items(isPrivate: boolean): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.itemsOf(this.sp, isPrivate);
  }

  private itemsOf(sp: SPFI, isPrivate: boolean): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return sp.web.lists.getByTitle(isPrivate ? PRIVATE_LIST_TITLE : PUBLIC_LIST_TITLE).items;
  }
}

function unique<T>(values: T[]): T[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}
