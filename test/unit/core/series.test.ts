import { nextSession, sessionsOfSignUp, upcomingSessions, weeklyDates } from '../../../src/core';
import { activity } from './activityFixtures';

// Lunch walk on the Tuesdays around the spring switch (Sunday 29 March 2026).
const walk = activity({ shape: 'weeklyDropIn', dates: ['2026-03-24', '2026-03-31', '2026-04-07'] });

describe('series', () => {
  it('keeps a walk under way as upcoming, but offers the next one that has not started', () => {
    const now = new Date('2026-03-31T10:30:00Z'); // 12:30 CEST, the walk runs 12:15–13:00
    expect(upcomingSessions(walk, now).map((s) => s.key)).toEqual(['2026-03-31', '2026-04-07']);
    expect(nextSession(walk, now)?.key).toBe('2026-04-07');
  });

  it('treats 12:15 as summer time after the switch: 10:15 UTC, not 11:15', () => {
    // 10:20 UTC on 31 March is 12:20 CEST: started. With a winter offset it would still look upcoming.
    expect(nextSession(walk, new Date('2026-03-31T10:20:00Z'))?.key).toBe('2026-04-07');
    expect(nextSession(walk, new Date('2026-03-31T10:10:00Z'))?.key).toBe('2026-03-31');
  });

  it('has nothing upcoming once the last session is over', () => {
    expect(upcomingSessions(walk, new Date('2026-04-07T11:00:00Z'))).toEqual([]);
    expect(nextSession(walk, new Date('2026-04-07T11:00:00Z'))).toBeUndefined();
  });

  it('covers one date per drop-in sign-up and every session of a programme', () => {
    expect(sessionsOfSignUp(walk, '2026-03-31').map((s) => s.key)).toEqual(['2026-03-31']);
    expect(sessionsOfSignUp(walk, '2026-04-14')).toEqual([]);
    expect(sessionsOfSignUp(walk, null)).toEqual([]);
    const startToRun = activity({ shape: 'programme', dates: ['2026-04-07', '2026-03-24', '2026-03-31'] });
    expect(sessionsOfSignUp(startToRun, null).map((s) => s.key)).toEqual(['2026-03-24', '2026-03-31', '2026-04-07']);
  });

  it('generates weekly dates across month and year ends', () => {
    expect(weeklyDates('2026-03-17', 4)).toEqual(['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07']);
    expect(weeklyDates('2026-12-22', 3)).toEqual(['2026-12-22', '2026-12-29', '2027-01-05']);
    expect(weeklyDates('2026-12-22', 0)).toEqual([]);
    expect(() => weeklyDates('2026-13-01', 2)).toThrow(RangeError);
  });
});
