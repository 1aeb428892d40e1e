import { effectivePrivacy, isConfirmedPrivate } from '../../../src/core/activities/privacy';
import { signUpAvailability } from '../../../src/core/activities/availability';
import { activity, session } from './activityFixtures';

// Organiser 12 created activity 7 (fixtures). Entries of "Besloten aantallen" only owners write.
const byCreator = [{ activityId: 7, authorId: 12 }];

describe('effective privacy', () => {
  it('is private only with an entry written by the activity’s own creator', () => {
    const flagged = activity({ isPrivate: true });
    expect(isConfirmedPrivate(flagged, byCreator)).toBe(true);
    expect(isConfirmedPrivate(flagged, [{ activityId: 7, authorId: 99 }])).toBe(false);
    expect(isConfirmedPrivate(flagged, [{ activityId: 8, authorId: 12 }])).toBe(false);
    expect(effectivePrivacy(flagged, byCreator)).toEqual(expect.objectContaining({ isPrivate: true, privacyPending: false }));
  });

  it('makes a flagged but unconfirmed activity pending, and an unflagged confirmed one still private', () => {
    expect(effectivePrivacy(activity({ isPrivate: true }), [])).toEqual(expect.objectContaining({ isPrivate: false, privacyPending: true }));
    expect(effectivePrivacy(activity({ isPrivate: false }), byCreator)).toEqual(expect.objectContaining({ isPrivate: true, privacyPending: false }));
    expect(effectivePrivacy(activity({ isPrivate: false }), [])).toEqual(expect.objectContaining({ isPrivate: false, privacyPending: false }));
  });

  it('drops the meeting link of a private session (online and hybrid), keeps the place', () => {
    const hybrid = activity({ isPrivate: true, venue: { kind: 'hybrid', location: 'Mosae Forum', meetingUrl: 'https://teams.microsoft.com/x' } });
    expect(effectivePrivacy(hybrid, byCreator).venue).toEqual({ kind: 'hybrid', location: 'Mosae Forum', meetingUrl: '' });
    const online = activity({ isPrivate: false, venue: { kind: 'online', meetingUrl: 'https://teams.microsoft.com/x' } });
    expect(effectivePrivacy(online, []).venue).toEqual(online.venue);
  });

  it('closes sign-up while pending, but keeps telling who already signed up', () => {
    const pending = effectivePrivacy(activity({ isPrivate: true, dates: ['2026-12-01'] }), []);
    const s = session('2026-12-01', '2026-12-01T11:15:00Z', '2026-12-01T12:00:00Z');
    const now = new Date('2026-11-25T09:00:00Z');
    expect(signUpAvailability(pending, s, now, { isFull: false, mine: undefined })).toBe('awaitingCoordinator');
    const signedUp = { isFull: false, mine: { registrationId: 1, personId: 3, outcome: 'confirmed' as const, position: null } };
    expect(signUpAvailability(pending, s, now, signedUp)).toBe('alreadySignedUp');
  });
});
