import { themeForIsoWeek, themeOfWeek, WeeklyTheme, weeksWithoutTheme, weeksWithSeveralThemes } from '../../../src/core';

function theme(id: number, isoYear: number, isoWeek: number, key: WeeklyTheme['theme'] = 'fysiek'): WeeklyTheme {
  return { id, isoYear, isoWeek, theme: key, pillar: 'Kracht', title: `Thema ${id}`, summary: '', tip: '', imageUrl: null, linkUrl: null };
}

describe('themeOfWeek', () => {
  const themes: WeeklyTheme[] = [theme(1, 2026, 48, 'mentaal'), theme(2, 2026, 49, 'voeding'), theme(3, 2026, 53), theme(4, 2027, 1)];

  it('uses the Amsterdam week: Sunday 23:30 Amsterdam is still the old week', () => {
    // Sunday 29 November 2026 23:30 in Amsterdam = 22:30 UTC.
    expect(themeOfWeek(themes, new Date('2026-11-29T22:30:00Z'))?.id).toBe(1);
  });

  it('switches at Amsterdam midnight, while UTC is still on Sunday', () => {
    expect(themeOfWeek(themes, new Date('2026-11-29T22:59:59Z'))?.id).toBe(1);
    expect(themeOfWeek(themes, new Date('2026-11-29T23:00:00Z'))?.id).toBe(2); // Monday 00:00 Amsterdam
    expect(themeOfWeek(themes, new Date('2026-11-29T23:30:00Z'))?.id).toBe(2);
  });

  it('finds week 53 and week 1 around New Year', () => {
    expect(themeOfWeek(themes, new Date('2027-01-01T10:00:00Z'))?.id).toBe(3);
    expect(themeOfWeek(themes, new Date('2027-01-03T23:00:00Z'))?.id).toBe(4);
  });

  it('returns null when nothing is planned', () => {
    expect(themeOfWeek(themes, new Date('2026-07-01T10:00:00Z'))).toBeNull();
    expect(themeOfWeek([], new Date('2026-11-24T10:00:00Z'))).toBeNull();
  });

  it('takes the first planned theme when a week has two', () => {
    expect(themeForIsoWeek([theme(7, 2026, 10), theme(8, 2026, 10)], 2026, 10)?.id).toBe(7);
  });
});

describe('weeksWithoutTheme', () => {
  it('lists unplanned weeks across a 53-week year end', () => {
    const themes: WeeklyTheme[] = [theme(1, 2026, 52), theme(2, 2027, 1), theme(3, 2027, 3)];
    expect(weeksWithoutTheme(themes, { isoYear: 2026, isoWeek: 51 }, { isoYear: 2027, isoWeek: 3 })).toEqual([
      { isoYear: 2026, isoWeek: 51 },
      { isoYear: 2026, isoWeek: 53 },
      { isoYear: 2027, isoWeek: 2 }
    ]);
  });

  it('goes from week 52 straight to week 1 in a 52-week year', () => {
    expect(weeksWithoutTheme([], { isoYear: 2025, isoWeek: 52 }, { isoYear: 2026, isoWeek: 1 })).toEqual([
      { isoYear: 2025, isoWeek: 52 },
      { isoYear: 2026, isoWeek: 1 }
    ]);
  });

  it('is empty for a fully planned or inverted range', () => {
    expect(weeksWithoutTheme([theme(1, 2026, 10), theme(2, 2026, 11)], { isoYear: 2026, isoWeek: 10 }, { isoYear: 2026, isoWeek: 11 })).toEqual([]);
    expect(weeksWithoutTheme([], { isoYear: 2026, isoWeek: 12 }, { isoYear: 2026, isoWeek: 11 })).toEqual([]);
  });

  it('covers a whole year: 53 gaps in an empty 2026', () => {
    expect(weeksWithoutTheme([], { isoYear: 2026, isoWeek: 1 }, { isoYear: 2026, isoWeek: 53 })).toHaveLength(53);
  });
});

describe('weeksWithSeveralThemes', () => {
  it('reports each clashing week once, in week order', () => {
    const themes: WeeklyTheme[] = [theme(1, 2027, 2), theme(2, 2026, 5), theme(3, 2027, 2), theme(4, 2026, 5), theme(5, 2026, 5), theme(6, 2026, 6)];
    expect(weeksWithSeveralThemes(themes)).toEqual([
      { isoYear: 2026, isoWeek: 5 },
      { isoYear: 2027, isoWeek: 2 }
    ]);
    expect(weeksWithSeveralThemes([theme(1, 2026, 5), theme(2, 2025, 5)])).toEqual([]);
  });
});
