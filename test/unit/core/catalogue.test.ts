import { deriveSlot, foldForSearch, hasPlaceLeft, matchesSearch } from '../../../src/core';
import { activity, registration } from './activityFixtures';

const workshop = activity({ title: 'Workshop Overgang en Werk', venue: { kind: 'onSite', location: 'Café De Preuverij, Maastricht' } });

describe('matchesSearch', () => {
  it('ignores case and accents in both directions', () => {
    expect(matchesSearch(workshop, 'cafe')).toBe(true);
    expect(matchesSearch(workshop, 'CAFÉ')).toBe(true);
    expect(matchesSearch(activity({ title: 'Één keer stoelyoga' }), 'een KEER')).toBe(true);
    expect(matchesSearch(activity({ title: 'Wandeling langs de IJssel' }), '\u0133ssel')).toBe(true);
    expect(matchesSearch(activity({ title: 'Straße' }), 'strasse')).toBe(true);
  });

  it('needs every word, each in the title or the location', () => {
    expect(matchesSearch(workshop, 'preuverij werk')).toBe(true);
    expect(matchesSearch(workshop, '  overgang   maastricht ')).toBe(true);
    expect(matchesSearch(workshop, 'overgang yoga')).toBe(false);
  });

  it('matches everything for blank text', () => {
    expect(matchesSearch(workshop, '')).toBe(true);
    expect(matchesSearch(workshop, '   ')).toBe(true);
  });

  it('treats quotes and OData syntax as plain characters', () => {
    const quiz = activity({ title: "Quiz van O'Brien: substringof('a',Title) eq true" });
    expect(matchesSearch(quiz, "o'brien")).toBe(true);
    expect(matchesSearch(quiz, "substringof('a',Title)")).toBe(true);
    expect(matchesSearch(workshop, "' or 1 eq 1 or '")).toBe(false);
    expect(matchesSearch(workshop, '"Overgang"')).toBe(false);
  });

  it('finds online and hybrid activities by "online", and hybrid ones by place too', () => {
    const online = activity({ title: 'Mindfulness', venue: { kind: 'online', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc' } });
    const hybrid = activity({ title: 'Mantelzorg en Werk', venue: { kind: 'hybrid', location: 'Stadhuis', meetingUrl: 'https://teams.microsoft.com/l/x' } });
    expect(matchesSearch(online, 'online')).toBe(true);
    expect(matchesSearch(online, 'teams')).toBe(false);
    expect(matchesSearch(hybrid, 'stadhuis online')).toBe(true);
    expect(matchesSearch(workshop, 'online')).toBe(false);
  });

  it('folds text without touching plain ASCII', () => {
    expect(foldForSearch('Crème Brûlée')).toBe('creme brulee');
    expect(foldForSearch("a-b_c 'd'")).toBe("a-b_c 'd'");
  });
});

describe('hasPlaceLeft', () => {
  const t = '2026-03-20T09:00:00Z';
  it('is true while places are free or unlimited, false when full or cancelled', () => {
    expect(hasPlaceLeft(deriveSlot([registration(1, 1, t)], { capacity: 2, deadline: null, activityCancelled: false }))).toBe(true);
    expect(hasPlaceLeft(deriveSlot([registration(1, 1, t), registration(2, 2, t)], { capacity: 2, deadline: null, activityCancelled: false }))).toBe(false);
    expect(hasPlaceLeft(deriveSlot([registration(1, 1, t)], { capacity: null, deadline: null, activityCancelled: false }))).toBe(true);
    expect(hasPlaceLeft(deriveSlot([], { capacity: null, deadline: null, activityCancelled: true }))).toBe(false);
    expect(hasPlaceLeft(deriveSlot([], { capacity: 0, deadline: null, activityCancelled: false }))).toBe(false);
  });
});
