import { deriveSlot, outcomeFor, Registration, registrationIdsToCancel, SlotRules, SlotSummary } from '../../../src/core';
import { registration, seededRandom, shuffle } from './activityFixtures';

const OPEN_20: SlotRules = { capacity: 20, deadline: null, activityCancelled: false };

function rules(capacity: number | null, deadline: string | null = null, activityCancelled: boolean = false): SlotRules {
  return { capacity: capacity, deadline: deadline === null ? null : new Date(deadline), activityCancelled: activityCancelled };
}

/** [registrationId, outcome, position] for every registration, by id. */
function table(summary: SlotSummary): Array<[number, string, number | null]> {
  return Object.keys(summary.outcomes)
    .map(Number)
    .sort((a, b) => a - b)
    .map((id) => [id, summary.outcomes[id].outcome, summary.outcomes[id].position] as [number, string, number | null]);
}

const T: string = '2026-03-20T09:00:00Z';

describe('deriveSlot', () => {
  it('orders by SharePoint Id, not by the order the array arrives in', () => {
    const regs: Registration[] = [registration(30, 3, T), registration(10, 1, T), registration(20, 2, T)];
    const summary: SlotSummary = deriveSlot(regs, rules(2));
    expect(table(summary)).toEqual([
      [10, 'confirmed', null],
      [20, 'confirmed', null],
      [30, 'waiting', 1]
    ]);
    expect(summary.confirmed).toBe(2);
    expect(summary.waiting).toBe(1);
    expect(summary.placesLeft).toBe(0);
    expect(summary.isFull).toBe(true);
  });

  it('counts a person once: later registrations (double click, retried POST) are duplicates', () => {
    const regs: Registration[] = [registration(1, 100, T), registration(2, 100, T), registration(3, 200, T), registration(4, 100, T)];
    const summary: SlotSummary = deriveSlot(regs, rules(2));
    expect(table(summary)).toEqual([
      [1, 'confirmed', null],
      [2, 'duplicate', null],
      [3, 'confirmed', null],
      [4, 'duplicate', null]
    ]);
    expect(summary.confirmed).toBe(2);
    expect(outcomeFor(summary, 100)).toEqual({ registrationId: 1, personId: 100, outcome: 'confirmed', position: null });
  });

  it('counts the same item listed twice (overlapping pages) once', () => {
    const summary: SlotSummary = deriveSlot([registration(1, 100, T), registration(1, 100, T), registration(2, 200, T)], rules(1));
    expect(summary.confirmed).toBe(1);
    expect(summary.waiting).toBe(1);
    expect(outcomeFor(summary, 200)?.position).toBe(1);
  });

  it('confirms the first waiting person when someone cancels, and moves the rest up', () => {
    const before: Registration[] = [registration(1, 1, T), registration(2, 2, T), registration(3, 3, T), registration(4, 4, T)];
    expect(table(deriveSlot(before, rules(2)))).toEqual([
      [1, 'confirmed', null],
      [2, 'confirmed', null],
      [3, 'waiting', 1],
      [4, 'waiting', 2]
    ]);
    const after: Registration[] = before.map((r) => (r.id === 1 ? { ...r, status: 'cancelled' as const } : r));
    const summary: SlotSummary = deriveSlot(after, rules(2));
    expect(table(summary)).toEqual([
      [1, 'cancelled', null],
      [2, 'confirmed', null],
      [3, 'confirmed', null],
      [4, 'waiting', 1]
    ]);
    expect(outcomeFor(summary, 1)?.outcome).toBe('cancelled');
  });

  it('puts someone who signs up again after cancelling at the back of the queue', () => {
    const regs: Registration[] = [
      registration(1, 1, T, { status: 'cancelled' }),
      registration(2, 2, T),
      registration(3, 3, T),
      registration(4, 1, T)
    ];
    const summary: SlotSummary = deriveSlot(regs, rules(2));
    expect(outcomeFor(summary, 1)).toEqual({ registrationId: 4, personId: 1, outcome: 'waiting', position: 1 });
  });

  it('ignores registrations the server created after the deadline (late)', () => {
    const deadline: string = '2026-03-24T10:00:00Z';
    const regs: Registration[] = [
      registration(1, 1, '2026-03-24T09:59:59Z'),
      registration(2, 2, '2026-03-24T10:00:00Z'), // exactly at the deadline still counts
      registration(3, 3, '2026-03-24T10:00:01Z'),
      registration(4, 4, '2026-03-24T11:00:00Z')
    ];
    const summary: SlotSummary = deriveSlot(regs, rules(3, deadline));
    expect(table(summary)).toEqual([
      [1, 'confirmed', null],
      [2, 'confirmed', null],
      [3, 'late', null],
      [4, 'late', null]
    ]);
    expect(summary.placesLeft).toBe(1);
    expect(summary.isFull).toBe(false);
    expect(outcomeFor(summary, 3)?.outcome).toBe('late');
  });

  it('confirms everyone when capacity is unlimited', () => {
    const regs: Registration[] = [];
    for (let i = 1; i <= 50; i++) {
      regs.push(registration(i, i, T));
    }
    const summary: SlotSummary = deriveSlot(regs, rules(null));
    expect(summary.confirmed).toBe(50);
    expect(summary.waiting).toBe(0);
    expect(summary.placesLeft).toBeNull();
    expect(summary.isFull).toBe(false);
  });

  it('never grants places for a malformed capacity', () => {
    expect(deriveSlot([registration(1, 1, T)], rules(NaN)).confirmed).toBe(0);
    expect(deriveSlot([registration(1, 1, T)], rules(-3)).confirmed).toBe(0);
    expect(deriveSlot([registration(1, 1, T), registration(2, 2, T)], rules(1.9)).confirmed).toBe(1);
  });

  it('marks every registration activityCancelled when the organiser cancels, except own withdrawals', () => {
    const regs: Registration[] = [
      registration(1, 1, T),
      registration(2, 2, T, { status: 'cancelled' }),
      registration(3, 3, T),
      registration(4, 1, T)
    ];
    const summary: SlotSummary = deriveSlot(regs, rules(1, null, true));
    expect(table(summary)).toEqual([
      [1, 'activityCancelled', null],
      [2, 'cancelled', null],
      [3, 'activityCancelled', null],
      [4, 'activityCancelled', null]
    ]);
    expect(summary.confirmed).toBe(0);
    expect(summary.waiting).toBe(0);
    expect(summary.placesLeft).toBe(0);
    expect(summary.isFull).toBe(false);
    expect(summary.activityCancelled).toBe(true);
    expect(outcomeFor(summary, 3)?.outcome).toBe('activityCancelled');
  });

  it('returns undefined for someone who never signed up, and handles an empty slot', () => {
    const summary: SlotSummary = deriveSlot([], OPEN_20);
    expect(outcomeFor(summary, 1)).toBeUndefined();
    expect(summary).toMatchObject({ confirmed: 0, waiting: 0, placesLeft: 20, isFull: false });
  });

  it('lists every not-yet-cancelled registration of a person for Afmelden, duplicates included', () => {
    const regs: Registration[] = [
      registration(5, 1, T),
      registration(2, 1, T, { status: 'cancelled' }),
      registration(9, 1, T),
      registration(7, 2, T)
    ];
    expect(registrationIdsToCancel(deriveSlot(regs, OPEN_20), 1)).toEqual([5, 9]);
    expect(registrationIdsToCancel(deriveSlot(regs, OPEN_20), 3)).toEqual([]);
  });
});

describe('deriveSlot with 200 people for 20 places', () => {
  const people: number[] = [];
  for (let i = 1; i <= 200; i++) {
    people.push(i);
  }
  // Id i belongs to person 1000 + i: the server's order decides.
  const all: Registration[] = people.map((i) => registration(i, 1000 + i, T));

  it('confirms exactly the first 20 ids and puts the other 180 on the waiting list 1..180 in id order', () => {
    const summary: SlotSummary = deriveSlot(shuffle(all, seededRandom(42)), OPEN_20);
    expect(summary.confirmed).toBe(20);
    expect(summary.waiting).toBe(180);
    expect(summary.isFull).toBe(true);
    for (let i = 1; i <= 200; i++) {
      const detail = outcomeFor(summary, 1000 + i);
      if (i <= 20) {
        expect(detail).toEqual({ registrationId: i, personId: 1000 + i, outcome: 'confirmed', position: null });
      } else {
        expect(detail).toEqual({ registrationId: i, personId: 1000 + i, outcome: 'waiting', position: i - 20 });
      }
    }
  });

  it('still confirms exactly 20 distinct people when 50 of them double-clicked', () => {
    const duplicates: Registration[] = [];
    for (let i = 0; i < 50; i++) {
      // Later ids for people 1001..1050: their second POST arrived after everyone's first.
      duplicates.push(registration(201 + i, 1001 + i, T));
    }
    const summary: SlotSummary = deriveSlot(shuffle(all.concat(duplicates), seededRandom(7)), OPEN_20);
    expect(summary.confirmed).toBe(20);
    expect(summary.waiting).toBe(180);
    const confirmedPeople = Object.keys(summary.outcomes)
      .map((k) => summary.outcomes[Number(k)])
      .filter((d) => d.outcome === 'confirmed')
      .map((d) => d.personId);
    expect(new Set(confirmedPeople).size).toBe(20);
  });

  it('never exceeds capacity and always confirms the earliest active ids under random cancellations', () => {
    const random: () => number = seededRandom(2026);
    for (let round = 0; round < 40; round++) {
      const cancelChance: number = random();
      const regs: Registration[] = all.map((r) => (random() < cancelChance ? { ...r, status: 'cancelled' as const } : r));
      // Oracle, independent of deriveSlot: active ids ascending, the first 20 have a place.
      const active: number[] = regs.filter((r) => r.status === 'requested').map((r) => r.id).sort((a, b) => a - b);
      const summary: SlotSummary = deriveSlot(shuffle(regs, random), OPEN_20);

      expect(summary.confirmed).toBeLessThanOrEqual(20);
      expect(summary.confirmed).toBe(Math.min(20, active.length));
      expect(summary.waiting).toBe(Math.max(0, active.length - 20));
      active.forEach((id, index) => {
        const detail = summary.outcomes[id];
        if (index < 20) {
          expect(detail.outcome).toBe('confirmed');
        } else {
          expect([detail.outcome, detail.position]).toEqual(['waiting', index - 19]);
        }
      });
    }
  });
});
