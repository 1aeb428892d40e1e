import { countOfSlot, formatSlotCounts, parseSlotCounts, sameSlotCounts } from '../../../src/core/activities/privateCounts';

describe('published counts of private activities', () => {
  const slots = [
    { sessionDate: '2026-12-03', confirmed: 12, waiting: 2 },
    { sessionDate: '2026-12-10', confirmed: 4, waiting: 0 }
  ];

  it('round-trips through the stored JSON', () => {
    expect(parseSlotCounts(formatSlotCounts(slots))).toEqual(slots);
    expect(parseSlotCounts(formatSlotCounts([{ sessionDate: null, confirmed: 0, waiting: 0 }]))).toEqual([{ sessionDate: null, confirmed: 0, waiting: 0 }]);
  });

  it('gives no counts rather than wrong ones for malformed data', () => {
    expect(parseSlotCounts('not json')).toEqual([]);
    expect(parseSlotCounts('{"d":null}')).toEqual([]);
    expect(parseSlotCounts('[{"d":"2026-02-30","c":1,"w":0}]')).toEqual([]);
    expect(parseSlotCounts('[{"d":null,"c":-1,"w":0}]')).toEqual([]);
    expect(parseSlotCounts('[{"d":null,"c":1.5,"w":0}]')).toEqual([]);
    expect(parseSlotCounts('[{"d":null,"c":1,"w":0},{"d":1,"c":1,"w":0}]')).toEqual([]);
    expect(parseSlotCounts(null)).toEqual([]);
  });

  it('compares numbers per date, not the moment of counting', () => {
    expect(sameSlotCounts(slots, slots.map((s) => ({ ...s })))).toBe(true);
    expect(sameSlotCounts(slots, [slots[0], { ...slots[1], waiting: 1 }])).toBe(false);
    expect(sameSlotCounts(slots, [slots[0]])).toBe(false);
  });

  it('finds the count of one slot', () => {
    const counts = { activityId: 7, countedAt: new Date('2026-11-22T10:00:00Z'), slots };
    expect(countOfSlot(counts, '2026-12-10')).toEqual(slots[1]);
    expect(countOfSlot(counts, null)).toBeUndefined();
    expect(countOfSlot(undefined, '2026-12-10')).toBeUndefined();
  });
});
