import { Activity } from '../../../src/core/types';
import { slotKey } from '../../../src/core/activities/slots';
import { nextSession } from '../../../src/core/activities/sessions';
import { ActivityFilter, ActivityPageToken } from '../../../src/data/contracts/IActivityRepository';
import { ViewerRoles } from '../../../src/data/contracts/ICurrentUserRepository';
import { SlotRef, StoredRegistration } from '../../../src/data/contracts/IRegistrationRepository';
import { ActivitiesApi, CatalogueData, MySignUpsData, SignUpResult } from '../../../src/data/contracts/IActivitiesApi';

// An in-memory ActivitiesApi with SharePoint's privacy rule (an employee reads only their
// own registrations of a private activity) and the server's order (ascending ids).

export const NOW = new Date('2026-11-20T09:00:00Z'); // Friday 20 November 2026, 10:00 in Amsterdam

export const ANOUK: ViewerRoles = { userId: 11, email: 'anouk.janssen@maastricht.example', isOwner: false, isAmbassador: false, isCommunications: false };

const organiser = { id: 5, name: 'Maud Schreurs', email: 'maud.schreurs@maastricht.example' };

export function activity(overrides: Partial<Activity> & { id: number; title: string }): Activity {
  return {
    descriptionHtml: '<p>Samen bewegen.</p>',
    pillar: 'Samen',
    shape: 'oneOff',
    dates: ['2026-11-26'],
    startTime: '12:15',
    endTime: '13:00',
    venue: { kind: 'onSite', location: 'Stadhuis Markt' },
    capacity: 10,
    signUpDeadline: null,
    isPrivate: false,
    status: 'open',
    organiser,
    imageUrl: null,
    ...overrides
  };
}

export const LUNCH_WALK = activity({
  id: 1,
  title: 'Lunchwandeling vanaf het Stadhuis',
  shape: 'weeklyDropIn',
  dates: ['2026-11-24', '2026-12-01', '2026-12-08'],
  venue: { kind: 'onSite', location: 'Stadhuis Markt, hoofdingang' },
  capacity: 2
});

export const START_TO_RUN = activity({
  id: 2,
  title: 'Start to Run voor beginners',
  shape: 'programme',
  dates: ['2026-12-03', '2026-12-10', '2026-12-17'],
  startTime: '17:30',
  endTime: '18:30',
  venue: { kind: 'onSite', location: 'Mosae Forum' },
  capacity: 20,
  signUpDeadline: new Date('2026-12-01T11:00:00Z')
});

export const YOGA_ONLINE = activity({
  id: 3,
  title: 'Stoelyoga en mindfulness (online)',
  pillar: 'Kracht',
  dates: ['2026-11-25'],
  startTime: '12:30',
  endTime: '13:00',
  venue: { kind: 'online', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/yoga' },
  capacity: null
});

export const MENOPAUSE = activity({
  id: 4,
  title: 'Workshop Overgang en Werk',
  pillar: 'Kracht',
  dates: ['2026-12-17'],
  startTime: '15:00',
  endTime: '17:00',
  venue: { kind: 'onSite', location: 'Mosae Forum, vergaderzaal 2.03' },
  capacity: 12,
  isPrivate: true
});

export const ALL = [LUNCH_WALK, YOGA_ONLINE, START_TO_RUN, MENOPAUSE];

export function registration(id: number, a: Activity, personId: number, sessionDate: string | null, cancelled = false): StoredRegistration {
  return {
    id,
    activityId: a.id,
    sessionKey: sessionDate,
    person: { id: personId, name: '', email: '' },
    registeredAt: new Date('2026-11-18T10:00:00Z'),
    status: cancelled ? 'cancelled' : 'requested',
    slot: slotKey(a.id, sessionDate),
    authorId: personId,
    inPrivateList: a.isPrivate
  };
}

export type Fault = () => Error;

export class FakeActivitiesApi implements ActivitiesApi {
  public activities: Activity[];
  public registrations: StoredRegistration[];
  public roles: ViewerRoles;
  public nextId = 1000;
  /** The next call of that method throws this (once). */
  public faults: { [method: string]: Fault | undefined } = {};
  /** Resolve writes only when the test says so (pending-state tests). */
  public holdWrites: Promise<void> | undefined;

  public constructor(activities: Activity[] = ALL, registrations: StoredRegistration[] = [], roles: ViewerRoles = ANOUK) {
    this.activities = activities.slice();
    this.registrations = registrations.slice();
    this.roles = roles;
  }

  public loadCatalogue = jest.fn(
    async (filter: ActivityFilter, now: Date, pageSize: number, after?: ActivityPageToken, _knownRoles?: ViewerRoles): Promise<CatalogueData> => {
      this.fault('loadCatalogue');
      const matching = this.activities.filter((a) => a.status === 'open' && this.matches(a, filter));
      const start = after ? matching.findIndex((a) => a.id === after.id) + 1 : 0;
      const page = matching.slice(start, start + pageSize);
      const more = matching.length > start + pageSize;
      const slots = page
        .map((a) => {
          const s = nextSession(a, now);
          return s ? slotKey(a.id, a.shape === 'weeklyDropIn' ? s.date : null) : undefined;
        })
        .filter((k): k is string => !!k);
      return {
        activities: page,
        next: more ? { start: page[page.length - 1].dates[0], id: page[page.length - 1].id } : undefined,
        roles: this.roles,
        slotRegistrations: this.readable().filter((r) => slots.indexOf(r.slot) >= 0),
        mine: this.readable().filter((r) => r.person.id === this.roles.userId)
      };
    }
  );

  public loadActivity = jest.fn(async (id: number) => {
    this.fault('loadActivity');
    return { activity: this.activities.filter((a) => a.id === id)[0], roles: this.roles };
  });

  public loadSlots = jest.fn(async (slots: SlotRef[]) => {
    this.fault('loadSlots');
    const keys = slots.map((s) => slotKey(s.activityId, s.sessionDate));
    return this.readable().filter((r) => keys.indexOf(r.slot) >= 0);
  });

  public loadMySignUps = jest.fn(async (_now: Date, _known?: { roles: ViewerRoles; mine: StoredRegistration[] }): Promise<MySignUpsData> => {
    this.fault('loadMySignUps');
    const mine = this.readable().filter((r) => r.person.id === this.roles.userId);
    const slots = mine.map((r) => r.slot);
    return {
      roles: this.roles,
      mine,
      activities: this.activities.filter((a) => mine.some((r) => r.activityId === a.id)),
      slotRegistrations: this.readable().filter((r) => slots.indexOf(r.slot) >= 0)
    };
  });

  public signUp = jest.fn(async (slot: SlotRef, personId: number): Promise<SignUpResult> => {
    if (this.holdWrites) {
      await this.holdWrites;
    }
    this.fault('signUp');
    const a = this.activities.filter((x) => x.id === slot.activityId)[0];
    const added = registration(this.nextId++, a, personId, slot.sessionDate);
    this.registrations.push(added);
    return { registration: added, slotRegistrations: this.slot(slot) };
  });

  public cancel = jest.fn(async (slot: SlotRef, ids: number[]) => {
    if (this.holdWrites) {
      await this.holdWrites;
    }
    this.fault('cancel');
    this.registrations = this.registrations.map((r) => (ids.indexOf(r.id) >= 0 ? { ...r, status: 'cancelled' as const } : r));
    return { slotRegistrations: this.slot(slot) };
  });

  private slot(slot: SlotRef): StoredRegistration[] {
    const key = slotKey(slot.activityId, slot.sessionDate);
    return this.readable().filter((r) => r.slot === key);
  }

  /** Item-level security of the private list: employees read only their own items. */
  private readable(): StoredRegistration[] {
    return this.registrations
      .filter((r) => {
        const a = this.activities.filter((x) => x.id === r.activityId)[0];
        return !a || !a.isPrivate || this.roles.isOwner || a.organiser.id === this.roles.userId || r.person.id === this.roles.userId;
      })
      .sort((x, y) => x.id - y.id);
  }

  private matches(a: Activity, filter: ActivityFilter): boolean {
    if (filter.pillar && a.pillar !== filter.pillar) {
      return false;
    }
    if (filter.venue === 'online' && a.venue.kind === 'onSite') {
      return false;
    }
    if (filter.venue === 'onSite' && a.venue.kind !== 'onSite') {
      return false;
    }
    if (filter.search && a.title.toLowerCase().indexOf(filter.search.toLowerCase()) < 0) {
      return false;
    }
    return true;
  }

  private fault(method: string): void {
    const f = this.faults[method];
    if (f) {
      this.faults[method] = undefined;
      throw f();
    }
  }
}
