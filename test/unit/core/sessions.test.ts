import { activitySessions, findSession } from '../../../src/core';
import { activity } from './activityFixtures';


describe('activitySessions', () => {
  it('turns Amsterdam dates and times into UTC instants across the DST switch', () => {
    const sessions = activitySessions(activity({ dates: ['2026-03-22', '2026-03-29', '2026-10-25', '2026-11-01'] }));
    expect(sessions.map((s) => [s.key, s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ['2026-03-22', '2026-03-22T11:15:00.000Z', '2026-03-22T12:00:00.000Z'], // CET
      ['2026-03-29', '2026-03-29T10:15:00.000Z', '2026-03-29T11:00:00.000Z'], // CEST from this Sunday
      ['2026-10-25', '2026-10-25T11:15:00.000Z', '2026-10-25T12:00:00.000Z'], // CET again
      ['2026-11-01', '2026-11-01T11:15:00.000Z', '2026-11-01T12:00:00.000Z']
    ]);
    expect(sessions.every((s) => s.activityId === 7 && s.date === s.key)).toBe(true);
  });

  it('sorts dates, drops duplicates and malformed dates', () => {
    const sessions = activitySessions(activity({ dates: ['2026-06-10', '2026-06-03', 'morgen', '2026-06-10', '2026-02-30'] }));
    expect(sessions.map((s) => s.key)).toEqual(['2026-06-03', '2026-06-10']);
  });

  it('ends the next day when the end time is not after the start time', () => {
    const [session] = activitySessions(activity({ dates: ['2026-12-31'], startTime: '22:00', endTime: '00:30' }));
    expect(session.endsAt.toISOString()).toBe('2026-12-31T23:30:00.000Z');
  });

  it('yields nothing for malformed times', () => {
    expect(activitySessions(activity({ dates: ['2026-06-03'], startTime: '12.15' }))).toEqual([]);
  });

  it('finds a session by key', () => {
    const sessions = activitySessions(activity({ dates: ['2026-06-03', '2026-06-10'] }));
    expect(findSession(sessions, '2026-06-10')?.startsAt.toISOString()).toBe('2026-06-10T10:15:00.000Z');
    expect(findSession(sessions, '2026-06-17')).toBeUndefined();
  });
});
