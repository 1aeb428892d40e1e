import {
  activitySessions,
  canCancel,
  deriveSlot,
  MySlot,
  mySlot,
  signUpAvailability,
  signUpDeadline,
  slotRules
} from '../../../src/core';
import { activity, registration, session } from './activityFixtures';

const FREE: MySlot = { isFull: false, mine: undefined };
const FULL: MySlot = { isFull: true, mine: undefined };

// A lunch walk at 12:15 Amsterdam on the Tuesdays around both DST switches of 2026.
const walk = activity({ shape: 'weeklyDropIn', dates: ['2026-03-24', '2026-03-31', '2026-10-20', '2026-10-27'] });
const [mar24, mar31, oct20, oct27] = activitySessions(walk);

describe('signUpAvailability: DST weeks', () => {
  it('computes the session starts on Amsterdam time around the switches', () => {
    expect([mar24, mar31, oct20, oct27].map((s) => s.startsAt.toISOString())).toEqual([
      '2026-03-24T11:15:00.000Z', // CET
      '2026-03-31T10:15:00.000Z', // CEST
      '2026-10-20T10:15:00.000Z', // CEST
      '2026-10-27T11:15:00.000Z' // CET
    ]);
  });

  it('closes at 12:15 CEST on 31 March (10:15 UTC)', () => {
    expect(signUpAvailability(walk, mar31, new Date('2026-03-31T10:14:00Z'), FREE)).toBe('open');
    expect(signUpAvailability(walk, mar31, new Date('2026-03-31T10:15:00Z'), FREE)).toBe('started');
    expect(signUpAvailability(walk, mar31, new Date('2026-03-31T10:30:00Z'), FREE)).toBe('started');
  });

  it('is open until 12:15 CET on 24 March (11:15 UTC)', () => {
    expect(signUpAvailability(walk, mar24, new Date('2026-03-24T11:14:00Z'), FREE)).toBe('open');
    expect(signUpAvailability(walk, mar24, new Date('2026-03-24T11:15:00Z'), FREE)).toBe('started');
  });

  it('closes at 12:15 CEST on 20 October and at 12:15 CET on 27 October', () => {
    expect(signUpAvailability(walk, oct20, new Date('2026-10-20T10:20:00Z'), FREE)).toBe('started');
    // 10:30 UTC on 27 October is 11:30 CET: not started, although it would be on summer time.
    expect(signUpAvailability(walk, oct27, new Date('2026-10-27T10:30:00Z'), FREE)).toBe('open');
    expect(signUpAvailability(walk, oct27, new Date('2026-10-27T11:15:00Z'), FREE)).toBe('started');
  });

  it('signs up per date: an earlier date having started does not close the next one', () => {
    expect(signUpAvailability(walk, mar31, new Date('2026-03-24T11:30:00Z'), FREE)).toBe('open');
  });
});

describe('signUpAvailability: rules', () => {
  const now = new Date('2026-03-20T09:00:00Z');

  it('offers the waiting list when the slot is full', () => {
    expect(signUpAvailability(walk, mar31, now, FULL)).toBe('full-waitlist');
  });

  it('says cancelled first, whatever else holds', () => {
    const cancelled = activity({ ...walk, status: 'cancelled' });
    expect(signUpAvailability(cancelled, mar31, now, FULL)).toBe('cancelled');
    expect(signUpAvailability(cancelled, mar31, new Date('2026-04-01T00:00:00Z'), FREE)).toBe('cancelled');
  });

  it('recognises your own confirmed or waiting sign-up, also after the start', () => {
    const regs = [registration(1, 1, '2026-03-20T08:00:00Z'), registration(2, 2, '2026-03-20T08:01:00Z')];
    const summary = deriveSlot(regs, { capacity: 1, deadline: null, activityCancelled: false });
    expect(signUpAvailability(walk, mar31, now, mySlot(summary, 1))).toBe('alreadySignedUp');
    expect(signUpAvailability(walk, mar31, now, mySlot(summary, 2))).toBe('alreadySignedUp');
    expect(signUpAvailability(walk, mar31, new Date('2026-03-31T11:00:00Z'), mySlot(summary, 1))).toBe('alreadySignedUp');
    expect(signUpAvailability(walk, mar31, now, mySlot(summary, 3))).toBe('full-waitlist');
  });

  it('lets you sign up again after cancelling', () => {
    const summary = deriveSlot([registration(1, 1, '2026-03-20T08:00:00Z', { status: 'cancelled' })], slotRules(walk, mar31));
    expect(signUpAvailability(walk, mar31, now, mySlot(summary, 1))).toBe('open');
  });

  it('closes at an explicit deadline before the start (inclusive of the deadline itself)', () => {
    const withDeadline = activity({ ...walk, signUpDeadline: new Date('2026-03-30T22:00:00Z') }); // Tue 00:00 CEST
    expect(signUpAvailability(withDeadline, mar31, new Date('2026-03-30T22:00:00Z'), FREE)).toBe('open');
    expect(signUpAvailability(withDeadline, mar31, new Date('2026-03-30T22:00:01Z'), FREE)).toBe('deadlinePassed');
    expect(signUpAvailability(withDeadline, mar31, new Date('2026-03-31T10:20:00Z'), FREE)).toBe('started');
  });

  it('takes the first session for a programme: started once week 1 began, though weeks 2–6 are ahead', () => {
    const startToRun = activity({
      shape: 'programme',
      startTime: '17:30',
      endTime: '18:30',
      dates: ['2026-03-26', '2026-04-02', '2026-04-09', '2026-04-16', '2026-04-23', '2026-04-30']
    });
    const sessions = activitySessions(startToRun);
    // 26 March 17:30 CET = 16:30 UTC.
    expect(signUpDeadline(startToRun, null)?.toISOString()).toBe('2026-03-26T16:30:00.000Z');
    expect(signUpAvailability(startToRun, null, new Date('2026-03-26T16:29:00Z'), FREE)).toBe('open');
    expect(signUpAvailability(startToRun, sessions[2], new Date('2026-03-26T16:30:00Z'), FREE)).toBe('started');
    expect(signUpAvailability(startToRun, null, new Date('2026-04-05T10:00:00Z'), FULL)).toBe('started');
  });

  it('is closed rather than crashing when there is no session', () => {
    expect(signUpAvailability(activity({ shape: 'oneOff', dates: [] }), null, now, FREE)).toBe('deadlinePassed');
    expect(signUpAvailability(walk, null, now, FREE)).toBe('deadlinePassed');
  });
});

describe('signUpDeadline and slotRules', () => {
  it('defaults to the start of the slot and never lies after it', () => {
    expect(signUpDeadline(walk, oct27)?.toISOString()).toBe('2026-10-27T11:15:00.000Z');
    const lateDeadline = activity({ ...walk, signUpDeadline: new Date('2026-12-01T00:00:00Z') });
    expect(signUpDeadline(lateDeadline, oct27)?.toISOString()).toBe('2026-10-27T11:15:00.000Z');
    const early = new Date('2026-10-26T12:00:00Z');
    expect(signUpDeadline(activity({ ...walk, signUpDeadline: early }), oct27)).toEqual(early);
  });

  it('feeds deriveSlot: a registration the server created after the start is late', () => {
    const rules = slotRules(walk, mar31);
    expect(rules).toEqual({ capacity: 20, deadline: new Date('2026-03-31T10:15:00Z'), activityCancelled: false });
    const summary = deriveSlot(
      [registration(1, 1, '2026-03-31T10:14:59Z', { sessionKey: '2026-03-31' }), registration(2, 2, '2026-03-31T10:16:00Z', { sessionKey: '2026-03-31' })],
      rules
    );
    expect([summary.outcomes[1].outcome, summary.outcomes[2].outcome]).toEqual(['confirmed', 'late']);
    expect(slotRules(activity({ ...walk, status: 'cancelled', capacity: null }), mar31).activityCancelled).toBe(true);
  });
});

describe('canCancel', () => {
  const summary = deriveSlot([registration(1, 1, '2026-03-20T08:00:00Z'), registration(2, 2, '2026-03-20T08:00:00Z')], {
    capacity: 1,
    deadline: null,
    activityCancelled: false
  });
  const before = new Date('2026-03-31T10:00:00Z');

  it('allows Afmelden for confirmed and waiting people until the slot starts', () => {
    expect(canCancel(walk, mar31, before, summary.outcomes[1])).toBe(true);
    expect(canCancel(walk, mar31, before, summary.outcomes[2])).toBe(true);
    expect(canCancel(walk, mar31, new Date('2026-03-31T10:15:00Z'), summary.outcomes[1])).toBe(false);
  });

  it('refuses it without a sign-up or for a cancelled activity', () => {
    expect(canCancel(walk, mar31, before, undefined)).toBe(false);
    expect(canCancel(activity({ ...walk, status: 'cancelled' }), mar31, before, summary.outcomes[1])).toBe(false);
    const withdrawn = deriveSlot([registration(3, 3, '2026-03-20T08:00:00Z', { status: 'cancelled' })], slotRules(walk, mar31));
    expect(canCancel(walk, mar31, before, withdrawn.outcomes[3])).toBe(false);
  });

  it('works with a hand-made session as well', () => {
    const s = session('2026-05-05', '2026-05-05T10:15:00Z', '2026-05-05T11:00:00Z');
    expect(canCancel(walk, s, new Date('2026-05-05T10:14:00Z'), summary.outcomes[1])).toBe(true);
  });
});
