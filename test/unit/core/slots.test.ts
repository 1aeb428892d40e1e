import { groupBySlot, parseSlotKey, registrationSlotKey, slotKey, slotKeyFor } from '../../../src/core';
import { activity, registration, session } from './activityFixtures';

describe('slot keys', () => {
  it('is the activity id for one-off events and programmes, id|date for a drop-in date', () => {
    expect(slotKey(7, null)).toBe('7');
    expect(slotKey(7, '2026-03-24')).toBe('7|2026-03-24');
  });

  it('fits the 40-character SbSlot column for the largest id', () => {
    expect(slotKey(999999999999999, '2026-03-24')).toBe('999999999999999|2026-03-24');
    expect(slotKey(999999999999999, '2026-03-24').length).toBeLessThanOrEqual(40);
  });

  it('refuses ids that are not positive integers and dates that do not exist', () => {
    expect(() => slotKey(0, null)).toThrow(RangeError);
    expect(() => slotKey(-1, null)).toThrow(RangeError);
    expect(() => slotKey(1.5, null)).toThrow(RangeError);
    expect(() => slotKey(NaN, null)).toThrow(RangeError);
    expect(() => slotKey(7, '2026-02-30')).toThrow(RangeError);
    expect(() => slotKey(7, '24-03-2026')).toThrow(RangeError);
  });

  it('parses what it produces and nothing else', () => {
    expect(parseSlotKey('7')).toEqual({ activityId: 7, sessionDate: null });
    expect(parseSlotKey('7|2026-03-24')).toEqual({ activityId: 7, sessionDate: '2026-03-24' });
    for (const bad of ['', '07', '0', '-7', '7|', '7|2026-3-24', '7|2026-02-30', '7|2026-03-24|x', 'abc', ' 7', '7 ']) {
      expect(parseSlotKey(bad)).toBeNull();
    }
  });

  it('picks the slot of a sign-up by shape', () => {
    const tuesday = session('2026-03-24', '2026-03-24T11:15:00Z', '2026-03-24T12:00:00Z');
    expect(slotKeyFor(activity({ shape: 'weeklyDropIn' }), tuesday)).toBe('7|2026-03-24');
    expect(slotKeyFor(activity({ shape: 'programme' }), tuesday)).toBe('7');
    expect(slotKeyFor(activity({ shape: 'oneOff' }), tuesday)).toBe('7');
  });

  it('groups stored registrations per slot, keeping their order', () => {
    const regs = [
      registration(3, 1, '2026-03-20T09:00:00Z', { sessionKey: '2026-03-31' }),
      registration(1, 2, '2026-03-20T09:00:00Z', { sessionKey: '2026-03-24' }),
      registration(2, 3, '2026-03-20T09:00:00Z', { sessionKey: '2026-03-31' }),
      registration(4, 4, '2026-03-20T09:00:00Z', { activityId: 8, sessionKey: null })
    ];
    expect(registrationSlotKey(regs[3])).toBe('8');
    const groups = groupBySlot(regs);
    expect(Object.keys(groups).sort()).toEqual(['7|2026-03-24', '7|2026-03-31', '8']);
    expect(groups['7|2026-03-31'].map((r) => r.id)).toEqual([3, 2]);
  });
});
