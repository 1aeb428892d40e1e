import {
  ADDITIVE_FIELDS,
  ADDITIVE_PEOPLE_FIELDS,
  emptyFigures,
  emptyPeopleFigures,
  Figures,
  fillRate,
  attendanceRate,
  ParticipationFigures,
  ParticipationRecord,
  PeopleFigures
} from '../../../../src/core/participation/figureTypes';
import { monthFigures, participationFigures } from '../../../../src/core/participation/monthFigures';
import { monthsOf } from '../../../../src/core/participation/periods';
import { activity } from '../activityFixtures';
import { ACTIVITIES, ATTENDANCE, cancelledAt, COORDINATOR, DIRECTORY, ORGANISER, PEOPLE, rec, registrations, scenario } from './participationScenario';

const fig = (values: Partial<Figures>): Figures => ({ ...emptyFigures(), ...values });
const ppl = (values: Partial<PeopleFigures>): PeopleFigures => ({ ...emptyPeopleFigures(), ...values });

/*
 * Hand computation for April 2026 (participationScenario.ts). Per slot, per person (Id order,
 * capacity, deadline = the slot's start unless earlier):
 *
 * A1 7 Apr (cap 3): 1 9001 placed, 2 9002 placed, 3 9003 placed, 4 9004 waiting (never placed),
 *   5 9001 duplicate. -> signUps 4, taken 3, waiting 1.
 * A1 14 Apr (cap 3): 10 9001 cancelled 10 Apr (on time), 11 9005 placed, 12 9006 cancelled
 *   13 Apr 12:00 UTC (22h15 before: late), 13 9003 placed (moved up), 14 9007 placed (moved up),
 *   15 9008 after the start: late sign-up, not counted. -> signUps 5, taken 3, canc 2 (late 1).
 * A1 21 Apr (called off): 20 9001, 21 9002 called off; 22 9009 cancelled (on time).
 *   -> signUps 3, calledOff 2, canc 1; no places offered; 1 session called off.
 * A1 28 Apr (cap 3): 9001, 9010, 9011 placed; 9012, 9013 waiting. -> signUps 5, taken 3, waiting 2.
 * A1 5 May: outside April.
 * A2 (cap 4): 50 9003, 51 9004 placed; 52 9005 cancelled 12 h before (late); 53 9006, 54 9015
 *   placed (9015 moved up); 55 9016 waiting; 56 9012 cancelled + 57 9012 again: waiting (one
 *   sign-up, not a cancellation); 58 9011 after the deadline: not counted.
 *   -> signUps 7, taken 4, canc 1 (late 1), waiting 2.
 * A3 (cap 10, programme, first session 20 Apr): 9001, 9007, 9008, 9009 placed; 64 9010 cancelled
 *   22 h before (late); 65 9013 version 3 with Modified 20 h before (time unknown); 66 9002
 *   version 3 with Modified two weeks before (on time).
 *   -> signUps 7, taken 4, canc 3 (late 1, unknown 1).
 * A4 (programme from March): no sign-up figures in April (its slot is March's); 1 session.
 * A5 (private, cap 8): private list 1 9003, 2 9004, 4 9016 placed; 3 9011 cancelled on time;
 *   public-list item 80 ignored. -> signUps 4, taken 3, canc 1. Only in total and unlisted.
 * A6 (cancelled, cap 5): 9002, 9012 called off; 9005 cancelled on time.
 *   -> signUps 3, calledOff 2, canc 1; 1 session called off.
 *
 * Sessions in April: A1 7/14/28 held, 21 called off; A2 16; A3 20, 27; A4 6; A5 23; A6 10 called off.
 * Attendance (held sessions only): A1 7 Apr 3 (expected 3), 14 Apr 2 (3); 21 Apr ignored (called
 * off); 28 Apr -1 ignored (not a valid count); A2 3 (4); A3 4 (4) + 3 (4); A4 2 (2: 9014 and 9015 placed); A5 3 (3).
 *
 * Totals: signUps 4+5+3+5+7+7+4+3 = 38; taken 3+3+0+3+4+4+3+0 = 20; canc 0+2+1+0+1+3+1+1 = 9;
 *   late 1+1+1 = 3; unknown 1; waiting 1+2+2 = 5; calledOff 2+2 = 4;
 *   placesOffered 3+3+3 (A1) + 4 + 10 + 8 = 31, taken of offered 3+3+3+4+4+3 = 20;
 *   sessions 3+1+2+1+1 = 8, called off 2; attendance 5+3+7+2+3 = 20 at 7 sessions, expected 6+4+8+2+3 = 23.
 *   (attendance: the organiser's counts as core/participation/attendance attendanceByDate gives them.)
 * People placed (slots): 9001 A1-7, A1-28, A3 (3); 9002 A1-7; 9003 A1-7, A1-14, A2, A5 (4);
 *   9004 A2, A5 (2); 9005 A1-14; 9006 A2; 9007 A1-14, A3 (2); 9008 A3; 9009 A3; 9010 A1-28;
 *   9011 A1-28; 9015 A2; 9016 A5. -> unique 13, repeat 4 (9001, 9003, 9004, 9007).
 */
const APRIL_TOTAL: Figures = fig({
  signUps: 38,
  placesTaken: 20,
  cancellations: 9,
  lateCancellations: 3,
  cancellationsTimeUnknown: 1,
  waitingNoPlace: 5,
  calledOffSignUps: 4,
  uniqueParticipants: 13,
  repeatParticipants: 4,
  placesOffered: 31,
  placesTakenOfOffered: 20,
  sessions: 8,
  sessionsCalledOff: 2,
  attendance: 20,
  sessionsWithAttendance: 7,
  attendanceExpected: 23
});

// A5 alone: 9003, 9004, 9016 placed once each.
const APRIL_UNLISTED: Figures = fig({
  signUps: 4,
  placesTaken: 3,
  cancellations: 1,
  uniqueParticipants: 3,
  placesOffered: 8,
  placesTakenOfOffered: 3,
  sessions: 1,
  attendance: 3,
  sessionsWithAttendance: 1,
  attendanceExpected: 3
});

// A1: the four dates above. Placed: 9001 (7, 28), 9002, 9003 (7, 14), 9005, 9007, 9010, 9011 -> 7, repeat 2.
const A1: Figures = fig({
  signUps: 17,
  placesTaken: 9,
  cancellations: 3,
  lateCancellations: 1,
  waitingNoPlace: 3,
  calledOffSignUps: 2,
  uniqueParticipants: 7,
  repeatParticipants: 2,
  placesOffered: 9,
  placesTakenOfOffered: 9,
  sessions: 3,
  sessionsCalledOff: 1,
  attendance: 5,
  sessionsWithAttendance: 2,
  attendanceExpected: 6
});
const A2: Figures = fig({
  signUps: 7,
  placesTaken: 4,
  cancellations: 1,
  lateCancellations: 1,
  waitingNoPlace: 2,
  uniqueParticipants: 4,
  placesOffered: 4,
  placesTakenOfOffered: 4,
  sessions: 1,
  attendance: 3,
  sessionsWithAttendance: 1,
  attendanceExpected: 4
});
const A3: Figures = fig({
  signUps: 7,
  placesTaken: 4,
  cancellations: 3,
  lateCancellations: 1,
  cancellationsTimeUnknown: 1,
  uniqueParticipants: 4,
  placesOffered: 10,
  placesTakenOfOffered: 4,
  sessions: 2,
  attendance: 7,
  sessionsWithAttendance: 2,
  attendanceExpected: 8
});
const A4: Figures = fig({ sessions: 1, attendance: 2, sessionsWithAttendance: 1, attendanceExpected: 2 });
const A6: Figures = fig({ signUps: 3, cancellations: 1, calledOffSignUps: 2, sessionsCalledOff: 1 });

describe('monthFigures: the seeded April 2026 scenario', () => {
  const april: ParticipationFigures = monthFigures(scenario(), '2026-04');

  it('computes the totals (private activity included)', () => {
    expect(april.months).toEqual(['2026-04']);
    expect(april.definitionsVersion).toBe(2);
    expect(april.total).toEqual(APRIL_TOTAL);
    expect(fillRate(april.total)).toBeCloseTo(20 / 31, 10);
    expect(attendanceRate(april.total)).toBeCloseTo(20 / 23, 10);
  });

  it('puts the private workshop only in the total and in "unlisted"', () => {
    expect(april.unlisted).toEqual(APRIL_UNLISTED);
    expect(Object.keys(april.byActivity)).toEqual(['101', '102', '103', '104', '106']);
    expect(Object.keys(april.byPillar)).toEqual(['Kracht', 'Samen']);
  });

  it('computes each activity', () => {
    expect(april.byActivity).toEqual({ '101': A1, '102': A2, '103': A3, '104': A4, '106': A6 });
    expect(fillRate(april.byActivity['103'])).toBeCloseTo(0.4, 10);
    expect(fillRate(april.byActivity['104'])).toBeNull(); // unlimited: no fill rate
    // Each public activity of byActivity, placed as byPillar/byShape/byLocation count it (no people).
    expect(Object.keys(april.activities)).toEqual(Object.keys(april.byActivity));
    expect(april.activities['101']).toMatchObject({ title: 'Lunchwandeling', pillar: 'Samen', shape: 'weeklyDropIn', firstDate: '2026-04-07', lastDate: '2026-05-05' });
    expect(april.activities['103']).toMatchObject({ title: 'Start to Run', pillar: 'Kracht', shape: 'programme' });
    for (const id of Object.keys(april.activities)) expect(april.byLocation[april.activities[id].location]).toBeDefined();
  });

  it('computes pillars, shapes and locations (unique participants counted per cell)', () => {
    // Samen = A1 + A4 + A6 (unique/repeat as A1: nobody is placed in A4's April or A6).
    // Kracht = A2 + A3: placed 9003, 9004, 9006, 9015 | 9001, 9007, 9008, 9009 -> 8, no repeat.
    expect(april.byPillar).toEqual({
      Kracht: fig({
        signUps: 14,
        placesTaken: 8,
        cancellations: 4,
        lateCancellations: 2,
        cancellationsTimeUnknown: 1,
        waitingNoPlace: 2,
        uniqueParticipants: 8,
        placesOffered: 14,
        placesTakenOfOffered: 8,
        sessions: 3,
        attendance: 10,
        sessionsWithAttendance: 3,
        attendanceExpected: 12
      }),
      Samen: fig({
        signUps: 20,
        placesTaken: 9,
        cancellations: 4,
        lateCancellations: 1,
        waitingNoPlace: 3,
        calledOffSignUps: 4,
        uniqueParticipants: 7,
        repeatParticipants: 2,
        placesOffered: 9,
        placesTakenOfOffered: 9,
        sessions: 4,
        sessionsCalledOff: 2,
        attendance: 7,
        sessionsWithAttendance: 3,
        attendanceExpected: 8
      })
    });
    // oneOff = A2 + A6; weeklyDropIn = A1; programme = A3 + A4.
    expect(april.byShape).toEqual({
      oneOff: fig({
        signUps: 10,
        placesTaken: 4,
        cancellations: 2,
        lateCancellations: 1,
        waitingNoPlace: 2,
        calledOffSignUps: 2,
        uniqueParticipants: 4,
        placesOffered: 4,
        placesTakenOfOffered: 4,
        sessions: 1,
        sessionsCalledOff: 1,
        attendance: 3,
        sessionsWithAttendance: 1,
        attendanceExpected: 4
      }),
      weeklyDropIn: A1,
      programme: fig({
        signUps: 7,
        placesTaken: 4,
        cancellations: 3,
        lateCancellations: 1,
        cancellationsTimeUnknown: 1,
        uniqueParticipants: 4,
        placesOffered: 10,
        placesTakenOfOffered: 4,
        sessions: 3,
        attendance: 9,
        sessionsWithAttendance: 3,
        attendanceExpected: 10
      })
    });
    // Werf Noord = A4 + A6; the private workshop's "Stadhuis Markt" is not added to A1's.
    expect(april.byLocation).toEqual({
      'Sportpark West': A3,
      'Stadhuis Markt': A1,
      'Werf Noord': fig({ signUps: 3, cancellations: 1, calledOffSignUps: 2, sessions: 1, sessionsCalledOff: 1, attendance: 2, sessionsWithAttendance: 1, attendanceExpected: 2 }),
      online: A2
    });
  });

  /*
   * Per person, public slots of April only (A5 is unlisted):
   * 9001 Stadsbeheer/Werf Noord: A1-7 placed, A1-14 canc, A1-21 calledOff, A1-28 placed, A3 placed -> 5 su, 3 taken, 1 canc, 1 co
   * 9002 Stadsbeheer/Werf Noord: A1-7 placed, A1-21 co, A3 canc (on time), A6 co -> 4 su, 1 taken, 1 canc, 2 co
   * 9003 Sociaal Domein/Stadhuis: A1-7, A1-14, A2 placed -> 3 su, 3 taken
   * 9004 Sociaal Domein/Stadhuis: A1-7 waiting, A2 placed -> 2 su, 1 taken, 1 wait
   * 9005 Publiekszaken/Stadhuis: A1-14 placed, A2 canc late, A6 canc -> 3 su, 1 taken, 2 canc (1 late)
   * 9006 Publiekszaken/Stadhuis: A1-14 canc late, A2 placed -> 2 su, 1 taken, 1 canc (late)
   * 9007 Stadsbeheer/Stadhuis: A1-14, A3 placed -> 2 su, 2 taken
   * 9008 Sociaal Domein/(no office): A3 placed (A1-14 late sign-up) -> 1 su, 1 taken
   * 9009 (not in directory): A1-21 canc, A3 placed -> 2 su, 1 taken, 1 canc
   * 9010 (not in directory): A1-28 placed, A3 canc late -> 2 su, 1 taken, 1 canc (late)
   * 9011 Publiekszaken/Stadhuis: A1-28 placed (A2 late sign-up) -> 1 su, 1 taken
   * 9012 Stadsbeheer/Werf Noord: A1-28 waiting, A2 waiting, A6 co -> 3 su, 2 wait, 1 co
   * 9013 Sociaal Domein/Stadhuis: A1-28 waiting, A3 canc (unknown) -> 2 su, 1 wait, 1 canc (unknown)
   * 9014 (empty department)/Stadhuis: nothing in April
   * 9015 Publiekszaken/Werf Noord: A2 placed -> 1 su, 1 taken
   * 9016 Stadsbeheer/Stadhuis: A2 waiting -> 1 su, 1 wait
   */
  it('computes departments and offices from the public activities, missing ones as "onbekend"', () => {
    expect(april.byDepartment).toEqual({
      Publiekszaken: ppl({ signUps: 7, placesTaken: 4, cancellations: 3, lateCancellations: 2, uniqueParticipants: 4 }),
      'Sociaal Domein': ppl({
        signUps: 8,
        placesTaken: 5,
        cancellations: 1,
        cancellationsTimeUnknown: 1,
        waitingNoPlace: 2,
        uniqueParticipants: 3,
        repeatParticipants: 1
      }),
      Stadsbeheer: ppl({
        signUps: 15,
        placesTaken: 6,
        cancellations: 2,
        waitingNoPlace: 3,
        calledOffSignUps: 4,
        uniqueParticipants: 3,
        repeatParticipants: 2
      }),
      onbekend: ppl({ signUps: 4, placesTaken: 2, cancellations: 2, lateCancellations: 1, uniqueParticipants: 2 })
    });
    expect(april.byOffice).toEqual({
      Stadhuis: ppl({
        signUps: 16,
        placesTaken: 9,
        cancellations: 4,
        lateCancellations: 2,
        cancellationsTimeUnknown: 1,
        waitingNoPlace: 3,
        uniqueParticipants: 6,
        repeatParticipants: 2
      }),
      'Werf Noord': ppl({ signUps: 13, placesTaken: 5, cancellations: 2, waitingNoPlace: 2, calledOffSignUps: 4, uniqueParticipants: 3, repeatParticipants: 1 }),
      onbekend: ppl({ signUps: 5, placesTaken: 3, cancellations: 2, lateCancellations: 1, uniqueParticipants: 3 })
    });
  });

  it('adds up: every breakdown plus "unlisted" gives the total of each additive field', () => {
    const breakdowns: Array<{ [key: string]: PeopleFigures }> = [april.byPillar, april.byActivity, april.byShape, april.byLocation, april.byDepartment, april.byOffice];
    for (const breakdown of breakdowns) {
      const isActivityBreakdown = breakdown !== april.byDepartment && breakdown !== april.byOffice;
      const fields = isActivityBreakdown ? ADDITIVE_FIELDS : ADDITIVE_PEOPLE_FIELDS;
      for (const field of fields) {
        const sum = Object.keys(breakdown).reduce((s, k) => s + (breakdown[k] as Figures)[field], 0) + april.unlisted[field];
        expect({ field, sum }).toEqual({ field, sum: april.total[field] });
      }
    }
  });

  it('names nobody: no person id, name or e-mail anywhere in the result', () => {
    const json = JSON.stringify(april);
    const ids = PEOPLE.concat(Object.keys(DIRECTORY).map(Number), [ORGANISER.id, COORDINATOR.id]);
    for (const id of ids) {
      expect(json).not.toContain(String(id));
    }
    for (const person of [ORGANISER, COORDINATOR]) {
      expect(json).not.toContain(person.name);
      expect(json).not.toContain(person.email);
      expect(json).not.toContain(person.email.split('@')[0]);
    }
    expect(json).not.toContain('@');
    // Nor the private workshop's title, id or pillar as a cell.
    expect(json).not.toContain('Overgang');
    expect(Object.keys(april.byActivity)).not.toContain('105');
  });

  it('does not depend on the order the items were read in', () => {
    const reversed = monthFigures(scenario(registrations().reverse()), '2026-04');
    expect(reversed).toEqual(april);
  });
});

describe('participationFigures: quarters and years are computed from registrations, not summed', () => {
  const input = scenario();
  const april = monthFigures(input, '2026-04');
  const may = monthFigures(input, '2026-05');
  const june = monthFigures(input, '2026-06');
  const q2 = participationFigures(input, monthsOf('2026-Q2'));

  it('counts a programme once, in the month of its first session; its later sessions in their own months', () => {
    // A3's May: two sessions, no sign-up figures. A1 5 May: 9014, 9001 placed (cap 3).
    expect(may.byActivity['103']).toEqual(fig({ sessions: 2 }));
    expect(may.total).toEqual(fig({ signUps: 2, placesTaken: 2, uniqueParticipants: 2, placesOffered: 3, placesTakenOfOffered: 2, sessions: 3 }));
    // A4 started in March: its sign-ups are March's.
    const march = monthFigures(input, '2026-03');
    expect(march.byActivity['104']).toEqual(fig({ signUps: 2, placesTaken: 2, uniqueParticipants: 2, sessions: 2 }));
  });

  it('gives the distinct people of the quarter, which is not the sum of the months', () => {
    // 9001 is placed in April and in May: 13 + 2 people in the months, 14 in the quarter.
    expect(april.total.uniqueParticipants + may.total.uniqueParticipants + june.total.uniqueParticipants).toBe(15);
    expect(q2.total.uniqueParticipants).toBe(14);
    // 9001 now has four places (A1 7, 28 Apr, A3, A1 5 May); 9014 one: still 4 repeat participants.
    expect(q2.total.repeatParticipants).toBe(4);
    expect(q2.months).toEqual(['2026-04', '2026-05', '2026-06']);
  });

  it('lets the additive fields be summed over the months', () => {
    for (const field of ADDITIVE_FIELDS) {
      expect({ field, value: q2.total[field] }).toEqual({ field, value: april.total[field] + may.total[field] + june.total[field] });
    }
  });

  it('accepts any set of months, in any order, and refuses malformed ones', () => {
    expect(participationFigures(input, ['2026-05', '2026-04', '2026-04'])).toEqual(participationFigures(input, ['2026-04', '2026-05']));
    expect(monthsOf('2026')).toHaveLength(12);
    expect(monthsOf('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(() => participationFigures(input, [])).toThrow(RangeError);
    expect(() => monthFigures(input, '2026-4')).toThrow(RangeError);
    expect(() => monthFigures(input, '2026-13')).toThrow(RangeError);
    expect(() => monthsOf('2026-Q5')).toThrow(RangeError);
  });
});

describe('monthFigures: forged items change no figure', () => {
  const honest = monthFigures(scenario(), '2026-04');
  const forged = (change: (records: ParticipationRecord[]) => ParticipationRecord[]): ParticipationFigures =>
    monthFigures(scenario(change(registrations())), '2026-04');

  it('ignores items in someone else\'s name and items whose slot does not match', () => {
    const result = forged((records) =>
      records.concat([
        // 9013 signs 9016 up for the full workshop, with an Id before everybody's (as if).
        rec(49, 9016, 102, null, '2026-03-31T10:00:00Z', { author: 9013 }),
        // A colleague signed up in 9012's name for the lunch walk.
        rec(200, 9012, 101, '2026-04-28', '2026-04-23T10:00:00Z', { author: 9011 }),
        // Hand-made: slot names the lunch walk, fields name the workshop.
        rec(6, 9012, 102, '2026-04-07', '2026-04-01T07:00:00Z', { slot: '101|2026-04-07' }),
        // Well-formed, but not a slot of a one-off event.
        rec(7, 9013, 102, '2026-04-16', '2026-04-01T07:00:00Z'),
        // An activity that does not exist.
        rec(8, 9014, 999, null, '2026-04-01T07:00:00Z')
      ])
    );
    expect(result).toEqual(honest);
  });

  it('keeps an un-cancelled registration cancelled (SbCancelled false again, version 3)', () => {
    // Un-cancelled an hour after cancelling: still more than 24 h before each start.
    const unCancel = (r: ParticipationRecord): ParticipationRecord => ({
      ...r,
      cancelledFlag: false,
      version: 3,
      modified: new Date((r.modified as Date).getTime() + 3600000)
    });
    const result = forged((records) =>
      records.map((r) => (!r.inPrivateList && (r.id === 10 || r.id === 22 || r.id === 56 || r.id === 92) ? unCancel(r) : r))
    );
    expect(result).toEqual(honest);
  });

  it('moves nobody when an old registration is re-pointed into a full date', () => {
    // 9009's cancelled Id 22 (21 Apr) is re-pointed, un-cancelled, into the full 28 Apr: as Id 22 it
    // would come before 30..34. It is a changed item, so a cancellation where it now points.
    const result = forged((records) =>
      records.map((r) =>
        !r.inPrivateList && r.id === 22
          ? { ...r, slot: '101|2026-04-28', sessionDate: '2026-04-28', cancelledFlag: false, version: 3, modified: new Date('2026-04-22T09:00:00Z') }
          : r
      )
    );
    // Same activity, same month: the cancellation only moved between two dates of A1.
    expect(result).toEqual(honest);
  });

  it('treats a confirmed registration re-pointed to another activity as its author cancelling; no one else moves', () => {
    // 9002's confirmed Id 2 (A1 7 Apr) re-pointed into the full workshop A2 (Id 2 < 50).
    const repointed = forged((records) =>
      records.map((r) =>
        !r.inPrivateList && r.id === 2 ? { ...r, slot: '102', activityId: 102, sessionDate: null, version: 2, modified: new Date('2026-04-03T08:00:00Z') } : r
      )
    );
    // The honest counterpart: 9002 cancelled on 3 April (9004 moves up on 7 Apr).
    const cancelled = forged((records) =>
      records.map((r) => (!r.inPrivateList && r.id === 2 ? rec(2, 9002, 101, '2026-04-07', '2026-04-01T08:05:00Z', cancelledAt('2026-04-03T08:00:00Z')) : r))
    );
    expect(repointed.total).toEqual(cancelled.total);
    expect(repointed.byDepartment).toEqual(cancelled.byDepartment);
    expect(repointed.byOffice).toEqual(cancelled.byOffice);
    // The workshop's places, waiting list and participants are as in the honest data; the item
    // only adds its author's cancellation there (and takes it from the lunch walk).
    expect(repointed.byActivity['102']).toEqual({ ...honest.byActivity['102'], signUps: 8, cancellations: 2 });
    // Lunch walk: as if 9002 cancelled (9004 moved up: 7 people still), minus that cancellation (17 -> 16, 4 -> 3).
    expect(cancelled.byActivity['101']).toEqual({ ...honest.byActivity['101'], cancellations: 4, waitingNoPlace: 2 });
    expect(repointed.byActivity['101']).toEqual({ ...cancelled.byActivity['101'], signUps: 16, cancellations: 3 });
  });

  it('known limit: an un-cancel within the last 24 h hides when the cancellation happened', () => {
    // 9006 cancelled late (Id 12); changing the item again later makes its time unknown.
    const result = forged((records) =>
      records.map((r) => (!r.inPrivateList && r.id === 12 ? { ...r, cancelledFlag: false, version: 3, modified: new Date('2026-04-13T20:00:00Z') } : r))
    );
    expect(result.total).toEqual({ ...honest.total, lateCancellations: 2, cancellationsTimeUnknown: 2 });
    expect(result.total.placesTaken).toBe(honest.total.placesTaken);
  });
});

describe('monthFigures: Amsterdam months and 24 real hours', () => {
  const one = (id: number, dates: string[], startTime: string, endTime: string, shape: 'oneOff' | 'weeklyDropIn' = 'oneOff') =>
    activity({ id, shape, dates, startTime, endTime, capacity: 10, organiser: ORGANISER });

  it('puts a session by its Amsterdam date, whatever the UTC date', () => {
    const activities = [
      one(201, ['2026-04-01'], '01:30', '02:30'), // 31 Mar 23:30 UTC -> April
      one(202, ['2026-03-31'], '23:30', '00:30'), // 31 Mar 21:30 UTC -> March
      one(203, ['2026-11-01'], '00:30', '01:30'), // 31 Oct 23:30 UTC (winter time) -> November
      one(204, ['2026-03-31', '2026-04-01'], '00:15', '01:00', 'weeklyDropIn') // second: 31 Mar 22:15 UTC -> April
    ];
    const records = [
      rec(1, 9001, 201, null, '2026-03-20T10:00:00Z'),
      rec(2, 9002, 202, null, '2026-03-20T10:00:00Z'),
      rec(3, 9003, 203, null, '2026-10-20T10:00:00Z'),
      rec(4, 9004, 204, '2026-03-31', '2026-03-20T10:00:00Z'),
      rec(5, 9005, 204, '2026-04-01', '2026-03-20T10:00:00Z')
    ];
    const input = { activities, registrations: records };
    const march = monthFigures(input, '2026-03');
    const april = monthFigures(input, '2026-04');
    expect(Object.keys(march.byActivity)).toEqual(['202', '204']);
    expect(Object.keys(april.byActivity)).toEqual(['201', '204']);
    expect(march.total).toEqual(fig({ signUps: 2, placesTaken: 2, uniqueParticipants: 2, placesOffered: 20, placesTakenOfOffered: 2, sessions: 2 }));
    expect(april.total).toEqual(march.total);
    expect(monthFigures(input, '2026-10').total).toEqual(fig({}));
    expect(monthFigures(input, '2026-11').byActivity['203'].placesTaken).toBe(1);
  });

  it('measures "less than 24 hours before" in real hours across the spring clock change', () => {
    // Sunday 29 March 2026 10:00 CEST = 08:00 UTC; 24 h before = Saturday 09:00 CET = 08:00 UTC.
    const act = one(301, ['2026-03-29'], '10:00', '11:00');
    const records = [
      rec(1, 9001, 301, null, '2026-03-20T10:00:00Z', cancelledAt('2026-03-28T08:30:00Z')), // Sat 09:30 local: 23.5 h -> late
      rec(2, 9002, 301, null, '2026-03-20T10:00:00Z', cancelledAt('2026-03-28T07:30:00Z')), // Sat 08:30 local: 24.5 h -> on time
      rec(3, 9003, 301, null, '2026-03-20T10:00:00Z', cancelledAt('2026-03-28T08:00:00Z')), // exactly 24 h -> on time
      rec(4, 9004, 301, null, '2026-03-20T10:00:00Z', cancelledAt('2026-03-29T09:00:00Z')), // after the start (over REST) -> late
      rec(5, 9005, 301, null, '2026-03-20T10:00:00Z', { version: 4, cancelled: true, modified: '2026-03-27T08:00:00Z' }), // changed 3 times, all > 24 h -> on time
      rec(6, 9006, 301, null, '2026-03-20T10:00:00Z', { version: 2, cancelled: true, modified: null }) // Modified not read -> unknown
    ];
    const march = monthFigures({ activities: [act], registrations: records }, '2026-03');
    expect(march.total).toEqual(
      fig({ signUps: 6, cancellations: 6, lateCancellations: 2, cancellationsTimeUnknown: 1, placesOffered: 10, sessions: 1 })
    );
  });

  it('counts a person who cancelled, signed up again and cancelled again by the last cancellation', () => {
    // 9001: Id 1 cancelled two days before; Id 2 (again) cancelled one hour before -> one late cancellation.
    const act = one(302, ['2026-04-10'], '12:00', '13:00'); // 10:00 UTC
    const records = [
      rec(1, 9001, 302, null, '2026-04-01T10:00:00Z', cancelledAt('2026-04-08T10:00:00Z')),
      rec(2, 9001, 302, null, '2026-04-08T11:00:00Z', cancelledAt('2026-04-10T09:00:00Z'))
    ];
    const april = monthFigures({ activities: [act], registrations: records }, '2026-04');
    expect(april.total).toEqual(fig({ signUps: 1, cancellations: 1, lateCancellations: 1, placesOffered: 10, sessions: 1 }));
  });
});

describe('monthFigures: what does not take place', () => {
  it('counts sign-ups of a one-off event whose only date was called off as called off, and offers no places', () => {
    const act = activity({ id: 401, shape: 'oneOff', dates: ['2026-04-10'], capacity: 1, cancelledDates: [{ date: '2026-04-10', reason: '' }], organiser: ORGANISER });
    const records = [rec(1, 9001, 401, null, '2026-04-01T10:00:00Z'), rec(2, 9002, 401, null, '2026-04-01T11:00:00Z')];
    const april = monthFigures({ activities: [act], registrations: records, attendance: { '401|2026-04-10': 2 } }, '2026-04');
    expect(april.total).toEqual(fig({ signUps: 2, calledOffSignUps: 2, sessionsCalledOff: 1 }));
  });

  it('keeps a programme\'s participants when only some of its dates are called off', () => {
    const act = activity({
      id: 402,
      shape: 'programme',
      dates: ['2026-04-06', '2026-04-13'],
      capacity: null,
      cancelledDates: [{ date: '2026-04-13', reason: 'Pasen' }],
      organiser: ORGANISER
    });
    const records = [rec(1, 9001, 402, null, '2026-04-01T10:00:00Z')];
    const april = monthFigures({ activities: [act], registrations: records, attendance: ATTENDANCE }, '2026-04');
    expect(april.total).toEqual(fig({ signUps: 1, placesTaken: 1, uniqueParticipants: 1, sessions: 1, sessionsCalledOff: 1 }));
  });

  it('has empty figures for a month without activities', () => {
    const empty = monthFigures({ activities: ACTIVITIES, registrations: registrations() }, '2025-01');
    expect(empty.total).toEqual(fig({}));
    expect(empty.byActivity).toEqual({});
    expect(empty.byDepartment).toEqual({});
  });
});
