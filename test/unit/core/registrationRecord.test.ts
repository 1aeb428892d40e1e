import { RegistrationRecord, recordVerdict } from '../../../src/core/activities/registrationRecord';
import { deriveSlot, UNUSUAL_REGISTRATIONS } from '../../../src/core/activities/outcomes';
import { Registration } from '../../../src/core/types';

function record(overrides: Partial<RegistrationRecord> = {}): RegistrationRecord {
  return {
    id: 10,
    created: new Date('2026-12-01T09:00:00Z'),
    authorId: 7,
    version: 1,
    slot: '48',
    activityId: 48,
    sessionDate: null,
    personId: 7,
    cancelledFlag: false,
    ...overrides
  };
}

describe('recordVerdict: outcomes rest on what SharePoint assigns', () => {
  it('counts an item as created: own, version 1, slot matching its activity', () => {
    expect(recordVerdict(record())).toBe('counts');
    expect(recordVerdict(record({ slot: '48|2026-12-08', sessionDate: '2026-12-08' }))).toBe('counts');
  });

  it('treats any change after creation as a withdrawal, whatever the fields say now', () => {
    // Re-pointed to another slot, or un-cancelled: the version gave it away.
    expect(recordVerdict(record({ version: 2 }))).toBe('withdrawn');
    expect(recordVerdict(record({ version: 3, cancelledFlag: false }))).toBe('withdrawn');
    // No version in the answer: the stricter reading.
    expect(recordVerdict(record({ version: 0 }))).toBe('withdrawn');
    expect(recordVerdict(record({ cancelledFlag: true }))).toBe('withdrawn');
  });

  it('ignores items written in someone else’s name and items whose slot does not match', () => {
    expect(recordVerdict(record({ personId: 8 }))).toBe('foreign');
    expect(recordVerdict(record({ slot: '49' }))).toBe('malformed');
    expect(recordVerdict(record({ slot: '48|2026-12-08' }))).toBe('malformed');
    expect(recordVerdict(record({ slot: '48', sessionDate: 'not-a-date' }))).toBe('malformed');
    expect(recordVerdict(record({ activityId: 0, slot: '0' }))).toBe('malformed');
  });
});

describe('deriveSlot: floods', () => {
  const sign = (id: number, personId: number): Registration => ({
    id,
    activityId: 1,
    sessionKey: null,
    person: { id: personId, name: '', email: '' },
    registeredAt: new Date('2026-12-01T09:00:00Z'),
    status: 'requested'
  });

  it('counts a flood once and names the person as unusual; a few repeats are not unusual', () => {
    const flood = Array.from({ length: 40 }, (_, i) => sign(i + 1, 5));
    const summary = deriveSlot([...flood, sign(41, 6), sign(42, 6), sign(43, 7)], { capacity: 3, deadline: null, activityCancelled: false });
    expect(summary.confirmed).toBe(3);
    expect(summary.waiting).toBe(0);
    expect(summary.unusual).toEqual([{ personId: 5, registrations: 40 }]);
    const few = Array.from({ length: UNUSUAL_REGISTRATIONS - 1 }, (_, i) => sign(i + 1, 5));
    expect(deriveSlot(few, { capacity: 3, deadline: null, activityCancelled: false }).unusual).toEqual([]);
  });
});
