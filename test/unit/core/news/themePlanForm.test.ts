import { changedThemePlans, fillWithRotation, isoWeeksOfMonth, themePlanRows, validateThemePlanRows } from '../../../../src/core/news/themePlanForm';
import { WeeklyTheme } from '../../../../src/core/types';

function stored(isoWeek: number, theme: WeeklyTheme['theme'], patch?: Partial<WeeklyTheme>): WeeklyTheme {
  return {
    id: 100 + isoWeek,
    isoYear: 2026,
    isoWeek,
    theme,
    pillar: 'Kracht',
    title: `Week ${isoWeek}`,
    summary: '',
    tip: 'Tip',
    imageUrl: null,
    linkUrl: 'https://intranet.example/meer',
    ...patch
  };
}

describe('themePlanForm', () => {
  it('gives the ISO weeks whose Thursday is in the month', () => {
    // November 2026: Thursdays 5, 12, 19, 26 → weeks 45–48.
    expect(isoWeeksOfMonth(2026, 11).map((w) => w.isoWeek)).toEqual([45, 46, 47, 48]);
    // January 2027 starts on a Friday: its first Thursday (7th) is in week 1 of 2027.
    expect(isoWeeksOfMonth(2027, 1)).toEqual([1, 2, 3, 4].map((w) => ({ isoYear: 2027, isoWeek: w })));
    // December 2026: Thursday 31 December belongs to week 53 of 2026.
    expect(isoWeeksOfMonth(2026, 12).map((w) => w.isoWeek)).toEqual([49, 50, 51, 52, 53]);
  });

  it('prefills stored weeks and fills the rest round-robin after the last chosen theme', () => {
    const themes = [stored(44, 'voeding'), stored(46, 'fysiek')];
    const rows = themePlanRows(2026, 11, themes);
    expect(rows.map((r) => r.theme)).toEqual(['', 'fysiek', '', '']);
    expect(rows[0].monday).toBe('2026-11-02');
    expect(rows[0].sunday).toBe('2026-11-08');
    // Week 44 (October) had voeding: 45 continues with werkomgeving; after fysiek comes mentaal, voeding.
    expect(fillWithRotation(rows, themes).map((r) => r.theme)).toEqual(['werkomgeving', 'fysiek', 'mentaal', 'voeding']);
  });

  it('fills backwards from the first chosen week when nothing earlier is planned, and starts at fysiek when nothing is', () => {
    const rows = themePlanRows(2026, 11, []);
    rows[2].theme = 'voeding';
    expect(fillWithRotation(rows, []).map((r) => r.theme)).toEqual(['fysiek', 'mentaal', 'voeding', 'werkomgeving']);
    expect(fillWithRotation(themePlanRows(2026, 11, []), []).map((r) => r.theme)).toEqual(['fysiek', 'mentaal', 'voeding', 'werkomgeving']);
  });

  it('sends only new and changed weeks, with the id of existing ones and their tip and link kept', () => {
    const themes = [stored(45, 'fysiek', { title: 'Bewegen', summary: 'Trap' }), stored(46, 'mentaal', { title: 'Rust' })];
    const rows = themePlanRows(2026, 11, themes);
    rows[1].summary = 'Nieuwe tekst';
    rows[2].theme = 'motivatie';
    const plans = changedThemePlans(rows, (t) => `Thema ${t}`);
    expect(plans).toEqual([
      { id: 146, isoYear: 2026, isoWeek: 46, theme: 'mentaal', pillar: 'Kracht', title: 'Rust', summary: 'Nieuwe tekst', tip: 'Tip', imageUrl: null, linkUrl: 'https://intranet.example/meer' },
      { isoYear: 2026, isoWeek: 47, theme: 'motivatie', pillar: 'Samen', title: 'Thema motivatie', summary: '', tip: '', imageUrl: null, linkUrl: null }
    ]);
  });

  it('gives a changed theme its default pillar unless the editor had chosen another', () => {
    const rows = themePlanRows(2026, 11, [stored(45, 'fysiek'), stored(46, 'fysiek', { pillar: 'Beter' })]);
    rows[0].theme = 'motivatie';
    rows[1].theme = 'motivatie';
    expect(changedThemePlans(rows, () => 'x').map((p) => p.pillar)).toEqual(['Samen', 'Beter']);
  });

  it('limits titles to 255 characters', () => {
    const rows = themePlanRows(2026, 11, []);
    rows[1].title = 'x'.repeat(256);
    expect(validateThemePlanRows(rows).map((e) => `${e.field}:${e.code}`)).toEqual(['title-1:maxLength']);
  });
});
