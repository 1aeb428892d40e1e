import { deriveSlot, SlotSummary } from '../../../../src/core/activities/outcomes';
import {
  describeChange, noticesForCancelledDate, noticesForChange, noticesForPromotion, peopleInSlots, peopleSignedUp, peopleTold
} from '../../../../src/core/notifications/whoIsTold';
import { activity, registration } from '../activityFixtures';

const T = '2026-11-20T10:00:00Z';
const walk = activity({ id: 7, shape: 'weeklyDropIn', dates: ['2026-12-01', '2026-12-08'], capacity: 2 });

/** Persons 1..n signed up in this order (2 places: 1 and 2 confirmed, the rest waiting); `cancelled` ones cancelled. */
function slot(people: number[], cancelled: number[] = [], capacity: number | null = 2): SlotSummary {
  const regs = people.map((p, i) => registration(100 + i, p, T, { status: cancelled.indexOf(p) >= 0 ? 'cancelled' : 'requested' }));
  return deriveSlot(regs, { capacity, deadline: null, activityCancelled: false });
}

describe('describeChange', () => {
  it('names time, place and meeting link changes, removed dates and a cancellation', () => {
    const after = { ...walk, startTime: '12:30', venue: { kind: 'hybrid' as const, location: 'Mosae Forum', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x' }, dates: ['2026-12-08'] };
    expect(describeChange(walk, after)).toEqual({ fields: ['time', 'place', 'meetingLink'], removedDates: ['2026-12-01'], cancelled: false });
    expect(describeChange(walk, { ...walk, status: 'cancelled' })).toEqual({ fields: [], removedDates: [], cancelled: true });
    expect(describeChange(walk, { ...walk, title: 'Nieuwe titel', descriptionHtml: '<p>anders</p>' })).toEqual({ fields: [], removedDates: [], cancelled: false });
  });
});

describe('peopleSignedUp', () => {
  it('counts people with a place or a waiting position once, not cancelled, late or duplicate ones', () => {
    const regs = [
      registration(1, 1, T), registration(2, 1, T), registration(3, 2, T, { status: 'cancelled' }),
      registration(4, 3, T), registration(5, 4, '2026-11-30T10:00:00Z')
    ];
    const summary = deriveSlot(regs, { capacity: 1, deadline: new Date('2026-11-25T00:00:00Z'), activityCancelled: false });
    expect(peopleSignedUp(summary)).toEqual([1, 3]);
  });
});

describe('peopleInSlots', () => {
  it('counts a person signed up for two dates once, and nobody who cancelled', () => {
    expect(peopleInSlots([slot([1, 2, 3], [2]), slot([1, 4])])).toBe(3);
    expect(peopleInSlots([])).toBe(0);
  });
});

describe('noticesForChange', () => {
  it('tells confirmed and waiting people of a drop-in date about a new time, once each, and nobody who cancelled', () => {
    const after = { ...walk, startTime: '12:30', endTime: '13:15' };
    const notices = noticesForChange(walk, after, [
      { sessionDate: '2026-12-01', summary: slot([1, 2, 3], [2]) },
      { sessionDate: '2026-12-08', summary: slot([4]) }
    ]);
    expect(notices).toEqual([
      { personId: 1, kind: 'changed', activityId: 7, sessionDate: '2026-12-01', fields: ['time'] },
      { personId: 3, kind: 'changed', activityId: 7, sessionDate: '2026-12-01', fields: ['time'] },
      { personId: 4, kind: 'changed', activityId: 7, sessionDate: '2026-12-08', fields: ['time'] }
    ]);
    expect(peopleTold(notices)).toBe(3);
  });

  it('tells the people of a removed date that their date is gone (with the reason), and not that it changed', () => {
    const after = { ...walk, dates: ['2026-12-08'], startTime: '12:30' };
    const notices = noticesForChange(walk, after, [
      { sessionDate: '2026-12-01', summary: slot([1, 2, 3]) },
      { sessionDate: '2026-12-08', summary: slot([5]) }
    ], '  Zaal niet beschikbaar ');
    expect(notices.map((n) => [n.personId, n.kind, n.sessionDate, n.reason])).toEqual([
      [1, 'dateRemoved', '2026-12-01', 'Zaal niet beschikbaar'],
      [2, 'dateRemoved', '2026-12-01', 'Zaal niet beschikbaar'],
      [3, 'dateRemoved', '2026-12-01', 'Zaal niet beschikbaar'],
      [5, 'changed', '2026-12-08', undefined]
    ]);
  });

  it('for a programme (one slot for all dates) tells everyone about a removed date and a change', () => {
    const programme = activity({ id: 9, shape: 'programme', dates: ['2026-12-03', '2026-12-10', '2026-12-17'], capacity: 20 });
    const after = { ...programme, dates: ['2026-12-03', '2026-12-17'], venue: { kind: 'onSite' as const, location: 'Sporthal' } };
    const notices = noticesForChange(programme, after, [{ sessionDate: null, summary: slot([1, 2], [], 20) }]);
    expect(notices.map((n) => [n.personId, n.kind, n.sessionDate])).toEqual([
      [1, 'dateRemoved', '2026-12-10'], [1, 'changed', null], [2, 'dateRemoved', '2026-12-10'], [2, 'changed', null]
    ]);
  });

  it('tells everyone once when the activity is cancelled, whatever else changed', () => {
    const after = { ...walk, status: 'cancelled' as const, startTime: '13:00' };
    const notices = noticesForChange(walk, after, [
      { sessionDate: '2026-12-01', summary: slot([1, 2, 3]) },
      { sessionDate: '2026-12-08', summary: slot([1, 4]) }
    ], 'Te weinig begeleiders');
    expect(notices).toEqual([1, 2, 3, 4].map((personId) => ({ personId, kind: 'activityCancelled', activityId: 7, sessionDate: null, reason: 'Te weinig begeleiders' })));
  });

  it('tells nobody when nothing a participant cares about changed', () => {
    expect(noticesForChange(walk, { ...walk, title: 'Wandelen' }, [{ sessionDate: '2026-12-01', summary: slot([1, 2]) }])).toEqual([]);
  });

  it('never puts anyone else in a notice: each names one person and one thing (private activities stay private)', () => {
    const secret = { ...walk, isPrivate: true };
    const notices = noticesForChange(secret, { ...secret, startTime: '09:00' }, [{ sessionDate: '2026-12-01', summary: slot([1, 2, 3]) }]);
    for (const notice of notices) {
      expect(Object.keys(notice).sort()).toEqual(['activityId', 'fields', 'kind', 'personId', 'sessionDate']);
    }
  });
});

describe('noticesForCancelledDate', () => {
  it("tells that date's people, with the reason; other dates' people hear nothing", () => {
    expect(noticesForCancelledDate(walk, { sessionDate: '2026-12-01', summary: slot([1, 3]) }, '2026-12-01', 'Onweer voorspeld')).toEqual([
      { personId: 1, kind: 'dateCancelled', activityId: 7, sessionDate: '2026-12-01', reason: 'Onweer voorspeld' },
      { personId: 3, kind: 'dateCancelled', activityId: 7, sessionDate: '2026-12-01', reason: 'Onweer voorspeld' }
    ]);
    expect(noticesForCancelledDate(walk, { sessionDate: '2026-12-08', summary: slot([4]) }, '2026-12-01', 'x')).toEqual([]);
  });
});

describe('noticesForPromotion', () => {
  it('tells the first person on the waiting list that they have a place after someone cancels', () => {
    const before = slot([1, 2, 3, 4]);
    const after = slot([1, 2, 3, 4], [2]);
    expect(noticesForPromotion(7, '2026-12-01', before, after)).toEqual([{ personId: 3, kind: 'placeFound', activityId: 7, sessionDate: '2026-12-01' }]);
  });

  it('tells nobody when the one who cancels was waiting, and tells two when two places free up', () => {
    expect(noticesForPromotion(7, null, slot([1, 2, 3, 4]), slot([1, 2, 3, 4], [4]))).toEqual([]);
    expect(noticesForPromotion(7, null, slot([1, 2, 3, 4]), slot([1, 2, 3, 4], [1, 2])).map((n) => n.personId)).toEqual([3, 4]);
  });
});
