// Shared builders for the activity tests: plain data, no logic under test.
import { Activity, ActivitySession, Registration } from '../../../src/core';

export function activity(overrides: Partial<Activity>): Activity {
  return {
    id: 7,
    title: 'Lunchwandeling',
    descriptionHtml: '<p>Samen een rondje om het stadhuis.</p>',
    pillar: 'Samen',
    shape: 'weeklyDropIn',
    dates: [],
    startTime: '12:15',
    endTime: '13:00',
    venue: { kind: 'onSite', location: 'Stadhuis, Markt' },
    capacity: 20,
    signUpDeadline: null,
    isPrivate: false,
    status: 'open',
    organiser: { id: 12, name: 'Maud Schreurs', email: 'maud.schreurs@maastricht.example' },
    imageUrl: null,
    ...overrides
  };
}

/** A registration of person `personId` with SharePoint Id `id`, created at `registeredAt` (ISO). */
export function registration(id: number, personId: number, registeredAt: string, overrides?: Partial<Registration>): Registration {
  return {
    id: id,
    activityId: 7,
    sessionKey: null,
    person: { id: personId, name: 'Persoon ' + personId, email: 'p' + personId + '@maastricht.example' },
    registeredAt: new Date(registeredAt),
    status: 'requested',
    ...overrides
  };
}

/** A session given by hand as UTC instants, so tests do not depend on activitySessions. */
export function session(date: string, startsAtUtc: string, endsAtUtc: string, activityId: number = 7): ActivitySession {
  return { activityId: activityId, key: date, date: date, startsAt: new Date(startsAtUtc), endsAt: new Date(endsAtUtc) };
}

/** Deterministic PRNG (mulberry32) so the random tests fail reproducibly. */
export function seededRandom(seed: number): () => number {
  let a: number = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t: number = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const copy: T[] = items.slice();
  for (let i: number = copy.length - 1; i > 0; i--) {
    const j: number = Math.floor(random() * (i + 1));
    const t: T = copy[i];
    copy[i] = copy[j];
    copy[j] = t;
  }
  return copy;
}
