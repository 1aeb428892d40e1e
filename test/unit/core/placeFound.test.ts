import { hadToWait } from '../../../src/core/activities/placeFound';
import { registration } from './activityFixtures';

const rules = { capacity: 2, deadline: null, activityCancelled: false };
const at = (minute: number): string => `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z`;
const cancelledAt = (minute: number) => ({ status: 'cancelled' as const, withdrawnAt: new Date(at(minute)) });

describe('hadToWait ("Je hebt een plek")', () => {
  it('is true for someone who signed up on the waiting list and now has a place because an earlier one cancelled later', () => {
    const regs = [registration(1, 11, at(0)), registration(2, 12, at(1), cancelledAt(30)), registration(3, 13, at(5))];
    expect(hadToWait(regs, 13, rules)).toBe(true);
  });

  it('is false when the place was already free at sign-up (the other cancelled before)', () => {
    const regs = [registration(1, 11, at(0)), registration(2, 12, at(1), cancelledAt(3)), registration(3, 13, at(5))];
    expect(hadToWait(regs, 13, rules)).toBe(false);
  });

  it('is false for someone still waiting, for the first ones in, and for unknown people', () => {
    const regs = [registration(1, 11, at(0)), registration(2, 12, at(1)), registration(3, 13, at(5))];
    expect(hadToWait(regs, 13, rules)).toBe(false);
    expect(hadToWait(regs, 11, rules)).toBe(false);
    expect(hadToWait(regs, 99, rules)).toBe(false);
  });

  it('makes no claim when the cancellation time is unknown', () => {
    const regs = [registration(1, 11, at(0)), registration(2, 12, at(1), { status: 'cancelled' }), registration(3, 13, at(5))];
    expect(hadToWait(regs, 13, rules)).toBe(false);
  });

  it('has no waiting list without a capacity', () => {
    const regs = [registration(1, 11, at(0)), registration(2, 12, at(1), cancelledAt(30)), registration(3, 13, at(5))];
    expect(hadToWait(regs, 13, { ...rules, capacity: null })).toBe(false);
  });
});
