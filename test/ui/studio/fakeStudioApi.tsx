import { withCancelledDate, withoutCancelledDate } from '../../../src/core/activities/cancelledDates';
import { ClosingDay } from '../../../src/core/calendar/daysOff';
import { IsoDate } from '../../../src/core/time/calendarDate';
import { StudioLocation, StudioLocationInput } from '../../../src/core/activities/locations';
import { TellCause, TellOutcome } from '../../../src/data/contracts/ITellOutcome';
import * as React from 'react';
import { SiteCheckItem } from '../../../src/data/contracts/ISiteCheck';
import { ActivityPageToken } from '../../../src/data/contracts/IActivityRepository';
import { OwnActivitiesPage } from '../../../src/data/contracts/IActivityEditor';
import { render, RenderResult } from '@testing-library/react';
import { ActivityDraft } from '../../../src/core/activities/activityDraft';
import { Activity } from '../../../src/core/types';
import { EditableActivity } from '../../../src/data/contracts/IActivityEditor';
import { ViewerRoles } from '../../../src/data/contracts/ICurrentUserRepository';
import { SlotParticipants, StudioApi, StudioData } from '../../../src/data/contracts/IStudioApi';
import { participantsPerSlot } from '../../../src/data/views/studioApi';
import { StoredRegistration } from '../../../src/data/contracts/IRegistrationRepository';
import { slotKey } from '../../../src/core/activities/slots';
import { AppShell } from '../../../src/ui/host/AppShell';
import { Studio } from '../../../src/ui/studio/Studio';

export const NOW = new Date('2026-11-20T09:00:00Z');

/** What the owners keep in "SamenBeter Locaties" in these tests: two places on site, one online, one retired. */
export const FAKE_LOCATIONS: StudioLocation[] = [
  {
    id: 1,
    name: 'Stadhuis Markt, hoofdingang',
    address: 'Markt 78, 6211 CK Maastricht',
    mapUrl: 'https://www.openstreetmap.org/search?query=Markt%2078%2C%206211%20CK%20Maastricht',
    kind: 'onSite',
    active: true
  },
  { id: 2, name: 'Mosae Forum, vergaderzaal 2.03', address: 'Mosae Forum 10, 6211 DW Maastricht', mapUrl: '', kind: 'onSite', active: true },
  { id: 3, name: 'Teams-vergadering', address: '', mapUrl: '', kind: 'online', active: true },
  { id: 4, name: 'Oude kantine', address: '', mapUrl: '', kind: 'onSite', active: false }
];

export const AMBASSADOR: ViewerRoles = { userId: 7, email: 'maud.schreurs@maastricht.example', isOwner: false, isAmbassador: true, isCommunications: false };
export const EMPLOYEE: ViewerRoles = { userId: 11, email: 'anouk.janssen@maastricht.example', isOwner: false, isAmbassador: false, isCommunications: false };

/** The draft as the editor would store it, read back as an Activity (simplified). */
function toActivity(id: number, draft: ActivityDraft, roles: ViewerRoles): Activity {
  return {
    id,
    title: draft.title.trim(),
    descriptionHtml: draft.descriptionHtml,
    pillar: draft.pillar || 'Samen',
    shape: draft.shape,
    dates: draft.dates.slice().sort(),
    startTime: draft.startTime,
    endTime: draft.endTime,
    venue: draft.venueKind === 'online' ? { kind: 'online', meetingUrl: draft.meetingUrl } : { kind: 'onSite', location: draft.location },
    ...(draft.address ? { address: draft.address } : {}),
    ...(draft.routeUrl ? { routeUrl: draft.routeUrl } : {}),
    capacity: draft.unlimited ? null : parseInt(draft.capacity, 10),
    signUpDeadline: null,
    isPrivate: draft.isPrivate,
    status: 'open',
    organiser: { id: roles.userId, name: 'Maud Schreurs', email: roles.email },
    imageUrl: null
  };
}

export class FakeStudioApi implements StudioApi {
  public activities: EditableActivity[] = [];
  public registrations: StoredRegistration[] = [];
  public published: ActivityDraft[] = [];
  public faults: { publish?: () => Error; update?: () => Error; cancel?: () => Error } = {};
  private version = 1;
  private nextId = 100;

  public constructor(public roles: ViewerRoles = AMBASSADOR) {}

  /** Sign-up "last session" dates the fake purge works on. */
  public registrationEnds: Date[] = [];
  public purgeCalls: Array<{ before: string; dryRun: boolean }> = [];

  public async purgeRegistrations(before: Date, dryRun: boolean): Promise<number> {
    this.purgeCalls.push({ before: before.toISOString(), dryRun });
    const old = this.registrationEnds.filter((d) => d.getTime() < before.getTime());
    if (!dryRun) {
      this.registrationEnds = this.registrationEnds.filter((d) => d.getTime() >= before.getTime());
    }
    return old.length;
  }

  /** Activities per page of "Mijn activiteiten". */
  public pageSize = 1000;

  /** What the fake self-check answers. */
  public siteCheck: SiteCheckItem[] = [];

  public async checkSite(): Promise<SiteCheckItem[]> {
    return this.siteCheck;
  }

  /** Makes the next closing-day call of that kind fail once (Beheer → Sluitingsdagen). */
  public closingDayFaults: { load?: () => Error; add?: () => Error; remove?: () => Error } = {};
  public closingDayCalls: string[] = [];
  private nextClosingDayId = 700;

  private takeClosingDayFault(kind: 'load' | 'add' | 'remove'): void {
    const fault = this.closingDayFaults[kind];
    if (fault) {
      this.closingDayFaults[kind] = undefined;
      throw fault();
    }
  }

  /** Attendance per activity id and date; `attendanceFailure` makes the next record fail once. */
  public attendance: { [activityId: number]: { [date: string]: number } } = {};
  public attendanceCalls: string[] = [];
  public attendanceFailure: unknown = undefined;
  public async loadAttendance(activity: Activity): Promise<{ [date: string]: number }> {
    this.attendanceCalls.push(`load:${activity.id}`);
    return { ...(this.attendance[activity.id] || {}) };
  }
  public async recordAttendance(activity: Activity, date: IsoDate, count: number): Promise<void> {
    this.attendanceCalls.push(`record:${activity.id}:${date}:${count}`);
    if (this.attendanceFailure !== undefined) {
      const failure = this.attendanceFailure;
      this.attendanceFailure = undefined;
      throw failure;
    }
    this.attendance[activity.id] = { ...(this.attendance[activity.id] || {}), [date]: count };
  }
  public async loadClosingDays(now: Date): Promise<ClosingDay[]> {
    this.closingDayCalls.push('load');
    this.takeClosingDayFault('load');
    const today = new Date(now.getTime() + 3600 * 1000).toISOString().slice(0, 10);
    return (this.closingDays || []).filter((d) => d.date >= today);
  }

  public async addClosingDay(day: Omit<ClosingDay, 'id'>): Promise<ClosingDay> {
    this.closingDayCalls.push(`add:${day.date}:${day.name}:${day.note}`);
    this.takeClosingDayFault('add');
    const added = { ...day, id: this.nextClosingDayId++ };
    this.closingDays = (this.closingDays || []).concat([added]);
    return added;
  }

  public async deleteClosingDay(id: number): Promise<void> {
    this.closingDayCalls.push(`delete:${id}`);
    this.takeClosingDayFault('remove');
    this.closingDays = (this.closingDays || []).filter((d) => d.id !== id);
  }

  /** The municipality's closing days loadStudio hands out (undefined: "could not be read"). */
  public closingDays: ClosingDay[] | undefined = [];

  public async loadStudio(): Promise<StudioData> {
    return { ...(this.pageAfter(0) as StudioData), closingDays: this.closingDays, locations: this.locations };
  }

  /** "SamenBeter Locaties" as loadStudio and loadLocations hand them out (undefined: "could not be read"). */
  public locations: StudioLocation[] | undefined = FAKE_LOCATIONS.slice();
  /** Makes the next location call of that kind fail once. */
  public locationFaults: { load?: () => Error; save?: () => Error; setActive?: () => Error } = {};
  private nextLocationId = 500;

  private takeLocationFault(kind: 'load' | 'save' | 'setActive'): void {
    const fault = this.locationFaults[kind];
    if (fault) {
      this.locationFaults[kind] = undefined;
      throw fault();
    }
  }

  public async loadLocations(): Promise<StudioLocation[]> {
    this.takeLocationFault('load');
    return (this.locations || []).slice();
  }

  public async addLocation(input: StudioLocationInput): Promise<StudioLocation> {
    this.takeLocationFault('save');
    const added = { ...input, id: this.nextLocationId++ };
    this.locations = (this.locations || []).concat([added]);
    return added;
  }

  public async updateLocation(id: number, input: StudioLocationInput): Promise<StudioLocation> {
    this.takeLocationFault('save');
    const saved = { ...input, id };
    this.locations = (this.locations || []).map((l) => (l.id === id ? saved : l));
    return saved;
  }

  public async setLocationActive(id: number, active: boolean): Promise<void> {
    this.takeLocationFault('setActive');
    this.locations = (this.locations || []).map((l) => (l.id === id ? { ...l, active } : l));
  }

  public async loadMoreActivities(_now: Date, after: ActivityPageToken): Promise<OwnActivitiesPage> {
    return this.pageAfter(after.id);
  }

  private pageAfter(index: number): StudioData & OwnActivitiesPage {
    const end = index + this.pageSize;
    return {
      roles: this.roles,
      activities: this.activities.slice(index, end),
      next: end < this.activities.length ? { start: '', id: end } : undefined
    };
  }

  public async publish(draft: ActivityDraft): Promise<EditableActivity> {
    const fault = this.faults.publish;
    if (fault) {
      this.faults.publish = undefined;
      throw fault();
    }
    this.published.push(draft);
    const item = { activity: toActivity(this.nextId++, draft, this.roles), etag: `"${this.version++}"` };
    this.activities.unshift(item);
    return item;
  }

  public async update(id: number, etag: string, draft: ActivityDraft): Promise<EditableActivity> {
    if (this.faults.update) {
      throw this.faults.update();
    }
    const item = { activity: { ...toActivity(id, draft, this.roles) }, etag: `"${this.version++}"` };
    this.activities = this.activities.map((a) => (a.activity.id === id ? item : a));
    return item;
  }

  /** The reasons given, per call of cancel. */
  public cancelReasons: string[] = [];

  public async cancel(id: number, _etag: string, reason: string): Promise<EditableActivity> {
    if (this.faults.cancel) {
      throw this.faults.cancel();
    }
    this.cancelReasons.push(reason);
    return this.setStatus(id, 'cancelled', reason.trim() || undefined);
  }

  public async reopen(id: number): Promise<EditableActivity> {
    return this.setStatus(id, 'open');
  }

  public async setDateCancelled(id: number, _etag: string, date: string, reason: string | null): Promise<EditableActivity> {
    const current = this.activities.filter((a) => a.activity.id === id)[0];
    const list = current.activity.cancelledDates || [];
    const cancelledDates = reason === null ? withoutCancelledDate(list, date) : withCancelledDate(list, date, reason);
    const item = { activity: { ...current.activity, cancelledDates }, etag: `"${this.version++}"` };
    this.activities = this.activities.map((a) => (a.activity.id === id ? item : a));
    return item;
  }

  /** Every tellParticipants call, and what the next ones answer. */
  public told: Array<{ before: Activity; after: Activity; cause: TellCause }> = [];
  public tellAnswer: TellOutcome | ((people: number) => TellOutcome) = (people) => ({ people, told: people, notTold: 0, requests: people > 0 ? 1 : 0 });

  public async tellParticipants(before: Activity, after: Activity, cause: TellCause): Promise<TellOutcome> {
    this.told.push({ before, after, cause });
    const people = new Set(this.registrations.filter((r) => r.activityId === before.id && r.status !== 'cancelled').map((r) => r.person.id)).size;
    return typeof this.tellAnswer === 'function' ? this.tellAnswer(people) : this.tellAnswer;
  }

  public async loadCounts(activities: Activity[], now: Date): Promise<{ [activityId: number]: SlotParticipants[] }> {
    const counts: { [activityId: number]: SlotParticipants[] } = {};
    activities.forEach((a) => {
      counts[a.id] = participantsPerSlot(
        a,
        this.registrations.filter((r) => r.activityId === a.id),
        now
      );
    });
    return counts;
  }

  public async loadParticipants(activity: Activity): Promise<SlotParticipants[]> {
    return participantsPerSlot(
      activity,
      this.registrations.filter((r) => r.activityId === activity.id)
    );
  }

  public addActivity(activity: Activity): EditableActivity {
    const item = { activity, etag: `"${this.version++}"` };
    this.activities.push(item);
    return item;
  }

  public signUp(activity: Activity, sessionDate: string | null, person: { id: number; name: string; email: string; upn?: string }): void {
    const id = this.nextId++;
    this.registrations.push({
      id,
      activityId: activity.id,
      sessionKey: sessionDate,
      person,
      registeredAt: new Date('2026-11-20T10:15:00Z'),
      status: 'requested',
      slot: slotKey(activity.id, sessionDate),
      authorId: person.id,
      inPrivateList: activity.isPrivate
    });
  }

  private setStatus(id: number, status: Activity['status'], cancelReason?: string): EditableActivity {
    const current = this.activities.filter((a) => a.activity.id === id)[0];
    const item = { activity: { ...current.activity, status, cancelReason }, etag: `"${this.version++}"` };
    this.activities = this.activities.map((a) => (a.activity.id === id ? item : a));
    return item;
  }
}

export function renderStudio(api: FakeStudioApi, contact: string = 'samenbeter@maastricht.example'): RenderResult {
  return render(
    <AppShell host={{ kind: 'teams', locale: 'nl-NL', teamsTheme: 'default' }} instanceId="s1">
      <Studio api={api} now={() => NOW} locale="nl-NL" becomeAmbassadorContact={contact} />
    </AppShell>
  );
}
