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

describe('themePlanForm: tip, link and image of the week (issue 15)', () => {
  it('prefills them from the stored week and sends a week whose tip, link or image alone changed', () => {
    const themes = [stored(45, 'fysiek', { tip: 'Neem de trap', imageUrl: '/sites/stella/SiteAssets/trap.jpg' }), stored(46, 'mentaal')];
    const rows = themePlanRows(2026, 11, themes);
    expect([rows[0].tip, rows[0].linkUrl, rows[0].imageUrl]).toEqual(['Neem de trap', 'https://intranet.example/meer', '/sites/stella/SiteAssets/trap.jpg']);
    expect([rows[2].tip, rows[2].linkUrl, rows[2].imageUrl]).toEqual(['', '', '']);
    expect(changedThemePlans(rows, () => 'x')).toEqual([]);
    rows[0].tip = '  Neem vandaag de trap ';
    rows[1].linkUrl = '';
    rows[1].imageUrl = 'https://cdn.example/rust.png';
    expect(changedThemePlans(rows, () => 'x').map((p) => [p.isoWeek, p.tip, p.linkUrl, p.imageUrl])).toEqual([
      [45, 'Neem vandaag de trap', 'https://intranet.example/meer', '/sites/stella/SiteAssets/trap.jpg'],
      [46, 'Tip', null, 'https://cdn.example/rust.png']
    ]);
  });

  it('sends them with a new week', () => {
    const rows = themePlanRows(2026, 11, []);
    rows[0] = { ...rows[0], theme: 'voeding', tip: 'Fruit op je bureau', linkUrl: 'https://365vitaal.example/voeding', imageUrl: '' };
    expect(changedThemePlans(rows, () => 'Gezonde voeding')).toEqual([
      { isoYear: 2026, isoWeek: 45, theme: 'voeding', pillar: 'Kracht', title: 'Gezonde voeding', summary: '', tip: 'Fruit op je bureau', imageUrl: null, linkUrl: 'https://365vitaal.example/voeding' }
    ]);
  });

  it('accepts https:// and site-relative addresses only', () => {
    const rows = themePlanRows(2026, 11, []);
    rows[0].linkUrl = 'https://365vitaal.example/a';
    rows[0].imageUrl = '/sites/stella/SiteAssets/a.png';
    rows[1].linkUrl = 'javascript:alert(1)';
    rows[1].imageUrl = '//evil.example/a.png';
    rows[2].linkUrl = 'http://365vitaal.example';
    rows[2].imageUrl = '/a\\b.png';
    rows[3].linkUrl = 'https://365vitaal.example/' + 'x'.repeat(250);
    expect(validateThemePlanRows(rows).map((e) => `${e.field}:${e.code}`)).toEqual([
      'linkUrl-1:urlNotHttps',
      'imageUrl-1:urlInvalid',
      'linkUrl-2:urlNotHttps',
      'imageUrl-2:urlInvalid',
      'linkUrl-3:maxLength'
    ]);
  });
});
