import { ContentWarning, contentWarnings, ContentWarningsInput } from '../../../../src/core/contentCalendar/warnings';
import { VITAL_THEMES, WeeklyTheme } from '../../../../src/core/types';
import { at, MANTELZORG, nationalDay, post, theme, WERKSTRESS } from './fixtures';

/** Thursday 5 November 2026, ISO week 45. November's grid is 26 Oct .. 6 Dec (W44..W49). */
const NOW = at('2026-11-05 10:00');

/** A perfect rotation for W36..W53 of 2026, so themes never warn unless a test breaks it. */
function rotation(): WeeklyTheme[] {
  const result: WeeklyTheme[] = [];
  for (let w = 36; w <= 53; w++) {
    result.push(theme(w, 2026, w, VITAL_THEMES[(w - 36) % 5]));
  }
  return result;
}

function run(extra: Partial<ContentWarningsInput>): ContentWarning[] {
  return contentWarnings({ posts: [], themes: rotation(), nationalDays: [], from: '2026-10-26', to: '2026-12-06', now: NOW, ...extra });
}

function ofKind<K extends ContentWarning['kind']>(warnings: ContentWarning[], kind: K): Array<Extract<ContentWarning, { kind: K }>> {
  return warnings.filter((w) => w.kind === kind) as Array<Extract<ContentWarning, { kind: K }>>;
}

describe('emptyWeek', () => {
  it('reports current and future weeks without a live post; drafts do not count; past weeks are not reported', () => {
    const warnings = run({
      posts: [
        post(1, '2026-11-03 09:00'), // published, W45
        post(2, '2026-11-10 09:00', { status: 'scheduled' }), // scheduled, W46
        post(3, '2026-11-17 09:00', { status: 'draft' }), // draft, W47
        post(4, '2026-12-06 23:30', { status: 'scheduled' }) // scheduled, W49 (Sunday late)
      ]
    });
    // W44 (26 Oct..1 Nov) is over on 5 Nov and empty, but not reported.
    expect(ofKind(warnings, 'emptyWeek').map((w) => w.weekKey)).toEqual(['2026-W47', '2026-W48']);
    expect(ofKind(warnings, 'emptyWeek')[0]).toMatchObject({ isoYear: 2026, isoWeek: 47, monday: '2026-11-16', sunday: '2026-11-22' });
  });

  it('counts a post of 00:30 on Monday in Amsterdam for that week (UTC says Sunday)', () => {
    const all = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'].map((d, i) => post(i + 1, d + ' 12:00'));
    const warnings = run({ posts: all.concat([post(9, '2026-11-30 00:30')]) });
    expect(ofKind(warnings, 'emptyWeek')).toEqual([]);
    const early = run({ posts: all.concat([post(9, '2026-11-29 23:30')]) });
    expect(ofKind(early, 'emptyWeek').map((w) => w.weekKey)).toEqual(['2026-W49']);
  });

  it('counts the current week when its post is already published', () => {
    const warnings = run({ posts: [post(1, '2026-11-02 08:00')], to: '2026-11-08' });
    // Only the weeks the 14-day lookahead adds are left.
    expect(ofKind(warnings, 'emptyWeek').map((w) => w.weekKey)).toEqual(['2026-W46', '2026-W47']);
  });
});

describe('twoPostsOneDay', () => {
  it('reports days today or later with two or more live posts on the same Amsterdam date', () => {
    const warnings = run({
      posts: [
        post(1, '2026-11-10 08:00', { status: 'scheduled' }),
        post(2, '2026-11-10 23:30', { status: 'scheduled' }), // 22:30 UTC: still the 10th in Amsterdam
        post(3, '2026-11-11 00:30', { status: 'scheduled' }), // the 11th, alone
        post(4, '2026-11-12 09:00', { status: 'scheduled' }),
        post(5, '2026-11-12 10:00', { status: 'draft' }), // a draft does not count
        post(6, '2026-11-02 09:00'),
        post(7, '2026-11-02 10:00') // two on a past day: history, not reported
      ]
    });
    expect(ofKind(warnings, 'twoPostsOneDay')).toEqual([{ kind: 'twoPostsOneDay', date: '2026-11-10', postIds: [1, 2], daysUntil: 5, urgency: 'high' }]);
  });

  it('counts scheduled and published pages alike as live, also a published page with a newer draft', () => {
    const warnings = run({
      posts: [
        post(1, '2026-11-20 09:00', { status: 'scheduled' }),
        post(2, '2026-11-20 12:00'),
        post(3, '2026-11-20 18:00', { version: '1.1' }), // published, changes not published yet
        post(4, '2026-11-20 19:00', { status: 'draft' })
      ]
    });
    expect(ofKind(warnings, 'twoPostsOneDay')).toEqual([{ kind: 'twoPostsOneDay', date: '2026-11-20', postIds: [1, 2, 3], daysUntil: 15, urgency: 'low' }]);
  });

  it('is quiet when only one of the day\'s pages is live', () => {
    const warnings = run({ posts: [post(1, '2026-11-20 09:00', { status: 'scheduled' }), post(2, '2026-11-20 12:00', { status: 'draft' })] });
    expect(ofKind(warnings, 'twoPostsOneDay')).toEqual([]);
  });
});

describe('themeNotUsed', () => {
  it('is quiet for a five-week rotation', () => {
    expect(ofKind(run({}), 'themeNotUsed')).toEqual([]);
  });

  it('reports a theme once, from the first week its last use is more than 6 weeks back', () => {
    const themes = rotation().map((t) => (t.isoWeek === 44 ? theme(44, 2026, 44, 'fysiek') : t));
    // werkomgeving: W39, then W49. Overdue from W46 (7 weeks after W39) on; back in W49 (3 weeks): low.
    const warnings = ofKind(run({ themes }), 'themeNotUsed');
    expect(warnings).toEqual([
      {
        kind: 'themeNotUsed',
        theme: 'werkomgeving',
        isoYear: 2026,
        isoWeek: 46,
        weekKey: '2026-W46',
        lastUsedWeekKey: '2026-W39',
        weeksSince: 7,
        checkedFromWeekKey: '2026-W36',
        nextPlannedWeekKey: '2026-W49',
        daysUntil: 4,
        urgency: 'low'
      }
    ]);
  });

  it('allows exactly 6 weeks and warns at 7', () => {
    // W39..W45 without werkomgeving; it was planned in W38 (7 weeks before W45) or W39 (6).
    const others = (['fysiek', 'mentaal', 'voeding', 'motivatie', 'fysiek', 'mentaal'] as const).map((t, i) => theme(10 + i, 2026, 40 + i, t));
    const shown = { from: '2026-11-02', to: '2026-11-08' };
    const seven = ofKind(run({ themes: [theme(1, 2026, 38, 'werkomgeving'), theme(2, 2026, 39, 'motivatie')].concat(others), ...shown }), 'themeNotUsed');
    expect(seven.map((w) => [w.theme, w.weekKey, w.lastUsedWeekKey, w.weeksSince])).toEqual([['werkomgeving', '2026-W45', '2026-W38', 7]]);
    const six = ofKind(run({ themes: [theme(1, 2026, 38, 'motivatie'), theme(2, 2026, 39, 'werkomgeving')].concat(others), ...shown }), 'themeNotUsed');
    expect(six).toEqual([]);
  });

  it('counts weeks across a year with W53', () => {
    const themes = [theme(1, 2026, 50, 'mentaal')].concat(
      ['fysiek', 'voeding', 'werkomgeving', 'motivatie'].map((t, i) => theme(10 + i, 2027, 4, t as 'fysiek'))
    );
    // 2026-W50 -> 2027-W03 is 6 weeks (W51, W52, W53, W01, W02, W03); 2027-W04 is 7.
    const warnings = ofKind(
      contentWarnings({ posts: [], themes, nationalDays: [], from: '2027-01-11', to: '2027-01-31', now: at('2027-01-11 09:00') }),
      'themeNotUsed'
    );
    expect(warnings.filter((w) => w.theme === 'mentaal')).toEqual([
      {
        kind: 'themeNotUsed',
        theme: 'mentaal',
        isoYear: 2027,
        isoWeek: 4,
        weekKey: '2027-W04',
        lastUsedWeekKey: '2026-W50',
        weeksSince: 7,
        checkedFromWeekKey: '2026-W50',
        nextPlannedWeekKey: null,
        daysUntil: 14,
        urgency: 'medium'
      }
    ]);
  });
});

describe('nationalDayWithoutPost', () => {
  it('warns 5 days ahead of Dag van de Mantelzorg without a post', () => {
    const warnings = ofKind(run({ nationalDays: [MANTELZORG] }), 'nationalDayWithoutPost');
    expect(warnings).toEqual([
      { kind: 'nationalDayWithoutPost', dayId: 1, title: 'Dag van de Mantelzorg', start: '2026-11-10', end: '2026-11-10', daysUntil: 5, urgency: 'high', draftPostId: null }
    ]);
  });

  it('looks 14 days ahead inclusive, and no further', () => {
    const day = nationalDay(7, 'Dag X', { kind: 'fixed', month: 11, day: 19 });
    const later = nationalDay(8, 'Dag Y', { kind: 'fixed', month: 11, day: 20 });
    const warnings = ofKind(run({ nationalDays: [day, later] }), 'nationalDayWithoutPost');
    expect(warnings.map((w) => [w.title, w.daysUntil])).toEqual([['Dag X', 14]]);
  });

  it('is silenced by a live post tagged with its title (even a week early) or an untagged post on the day', () => {
    expect(ofKind(run({ nationalDays: [MANTELZORG], posts: [post(1, '2026-11-06 09:00', { nationalDay: ' dag van de mantelzorg' })] }), 'nationalDayWithoutPost')).toEqual([]);
    // A page scheduled for the day counts as much as a published one.
    expect(
      ofKind(run({ nationalDays: [MANTELZORG], posts: [post(1, '2026-11-10 09:00', { status: 'scheduled', nationalDay: 'Dag van de Mantelzorg' })] }), 'nationalDayWithoutPost')
    ).toEqual([]);
    expect(ofKind(run({ nationalDays: [MANTELZORG], posts: [post(1, '2026-11-10 07:00')] }), 'nationalDayWithoutPost')).toEqual([]);
    // A post on the day about another national day does not count.
    expect(
      ofKind(run({ nationalDays: [MANTELZORG], posts: [post(1, '2026-11-10 07:00', { nationalDay: 'Week van de werkstress' })] }), 'nationalDayWithoutPost')
    ).toHaveLength(1);
  });

  it('still warns with a draft, and names the draft ("concept klaar")', () => {
    const warnings = ofKind(
      run({ nationalDays: [MANTELZORG], posts: [post(4, '2026-11-10 08:00', { status: 'draft', nationalDay: 'Dag van de Mantelzorg' })] }),
      'nationalDayWithoutPost'
    );
    expect(warnings.map((w) => w.draftPostId)).toEqual([4]);
  });

  it('includes a week that is already running, with daysUntil 0', () => {
    const warnings = ofKind(run({ nationalDays: [WERKSTRESS], now: at('2026-11-11 09:00') }), 'nationalDayWithoutPost');
    expect(warnings.map((w) => [w.title, w.start, w.end, w.daysUntil])).toEqual([['Week van de werkstress', '2026-11-09', '2026-11-13', 0]]);
  });

  it('uses the Amsterdam date of now: 23:30 on 26 October is 14 days before 9 November', () => {
    const day = nationalDay(7, 'Dag X', { kind: 'fixed', month: 11, day: 9 });
    // 26 Oct 2026 23:30 Amsterdam = 22:30 UTC; CET since the 25th.
    expect(ofKind(run({ nationalDays: [day], now: at('2026-10-26 23:30') }), 'nationalDayWithoutPost')).toHaveLength(1);
    expect(ofKind(run({ nationalDays: [day], now: at('2026-10-25 23:30') }), 'nationalDayWithoutPost')).toHaveLength(0);
  });

  it('looks at the coming 14 days whatever days are shown', () => {
    const warnings = run({ nationalDays: [MANTELZORG], from: '2026-11-16', to: '2026-11-22' });
    expect(ofKind(warnings, 'nationalDayWithoutPost').map((w) => w.start)).toEqual(['2026-11-10']);
  });
});

// ---- Issue 15: look ahead across month ends, a week without a theme, the "not used" rule, urgency ----

describe('issue 15: looking ahead across the month end', () => {
  /** Monday 28 September 2026; September's grid is 31 Aug .. 4 Oct. */
  const SEP_28 = at('2026-09-28 10:00');
  const LOOPBAAN = nationalDay(21, 'Week van de Loopbaan', { kind: 'fixed', month: 10, day: 4 }, { durationDays: 7 });
  const DIVERSITY = nationalDay(22, 'Diversity Day', { kind: 'fixed', month: 10, day: 5 });

  it('on 28 September warns for Week van de Loopbaan (4 Oct) and Diversity Day (5 Oct) while September is shown', () => {
    const warnings = contentWarnings({ posts: [], themes: [], nationalDays: [LOOPBAAN, DIVERSITY], from: '2026-09-01', to: '2026-09-30', now: SEP_28 });
    expect(ofKind(warnings, 'nationalDayWithoutPost').map((w) => [w.title, w.start, w.daysUntil])).toEqual([
      ['Week van de Loopbaan', '2026-10-04', 6],
      ['Diversity Day', '2026-10-05', 7]
    ]);
  });

  it('is silenced by a post planned in the next month, outside the shown days', () => {
    const warnings = contentWarnings({
      posts: [post(1, '2026-10-05 09:00', { status: 'scheduled', nationalDay: 'Diversity Day' })],
      themes: [],
      nationalDays: [LOOPBAAN, DIVERSITY],
      from: '2026-08-31',
      to: '2026-10-04',
      now: SEP_28
    });
    expect(ofKind(warnings, 'nationalDayWithoutPost').map((w) => w.title)).toEqual(['Week van de Loopbaan']);
  });

  it('checks the weeks of the coming 14 days too (an empty week in October while September is shown)', () => {
    const warnings = contentWarnings({ posts: [post(1, '2026-09-29 09:00', { status: 'scheduled' })], themes: [], nationalDays: [], from: '2026-09-01', to: '2026-09-30', now: SEP_28 });
    expect(ofKind(warnings, 'emptyWeek').map((w) => w.weekKey)).toEqual(['2026-W41', '2026-W42']);
  });
});

describe('issue 15: a week without a theme', () => {
  it('warns once for the upcoming weeks that have no theme, not for past weeks', () => {
    const themes = rotation().filter((t) => t.isoWeek !== 44 && t.isoWeek !== 46 && t.isoWeek !== 48);
    const warnings = ofKind(run({ themes }), 'noTheme');
    // W44 is over on 5 November: not reported.
    expect(warnings).toHaveLength(1);
    expect(warnings[0].weekKeys).toEqual(['2026-W46', '2026-W48']);
    expect(warnings[0].daysUntil).toBe(4); // Monday 9 November
  });

  it('counts the current week (daysUntil 0) and is quiet when every week has a theme', () => {
    const themes = rotation().filter((t) => t.isoWeek !== 45);
    expect(ofKind(run({ themes }), 'noTheme').map((w) => [w.weekKeys, w.daysUntil])).toEqual([[['2026-W45'], 0]]);
    expect(ofKind(run({}), 'noTheme')).toEqual([]);
  });
});

describe('issue 15: the "not used" rule', () => {
  it('does not claim a theme was never planned while it is planned in week 4 (no earlier plan known)', () => {
    // The plan starts in January 2027; on Monday 28 December 2026 the January grid is shown.
    const themes = (['fysiek', 'mentaal', 'werkomgeving', 'voeding', 'motivatie'] as const).map((t, i) => theme(40 + i, 2027, i + 1, t));
    const warnings = contentWarnings({ posts: [], themes, nationalDays: [], from: '2026-12-28', to: '2027-01-31', now: at('2026-12-28 09:00') });
    expect(ofKind(warnings, 'themeNotUsed')).toEqual([]);
    // The empty week 53 is what needs doing.
    expect(ofKind(warnings, 'noTheme').map((w) => w.weekKeys)).toEqual([['2026-W53']]);
  });

  it('does not turn a month without themes into five "not used" warnings', () => {
    const themes = rotation().filter((t) => t.isoWeek < 45);
    const warnings = run({ themes });
    expect(ofKind(warnings, 'themeNotUsed')).toEqual([]);
    expect(ofKind(warnings, 'noTheme').map((w) => w.weekKeys)).toEqual([['2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49']]);
  });

  it('says how far back it looked when the last use is not among the themes read', () => {
    // Read from W36; voeding is left out of W36..W49 (a four-theme rotation).
    const four = ['fysiek', 'mentaal', 'werkomgeving', 'motivatie'] as const;
    const themes: WeeklyTheme[] = [];
    for (let w = 36; w <= 49; w++) {
      themes.push(theme(w, 2026, w, four[(w - 36) % 4]));
    }
    const voeding = ofKind(run({ themes }), 'themeNotUsed').filter((w) => w.theme === 'voeding');
    expect(voeding).toHaveLength(1);
    expect(voeding[0]).toMatchObject({ weekKey: '2026-W45', lastUsedWeekKey: null, weeksSince: null, checkedFromWeekKey: '2026-W36' });
  });

  it('names the week a resting theme comes back, and ranks one that does not come back soon above it', () => {
    // voeding: W38, then W53 (overdue from W45, back in 8 weeks): medium.
    // werkomgeving: W39, then W49 (overdue from W46, back in 3 weeks): low.
    const themes = rotation().map((t) => ([43, 44, 48].indexOf(t.isoWeek) >= 0 ? theme(t.id, 2026, t.isoWeek, 'fysiek') : t));
    const warnings = ofKind(run({ themes }), 'themeNotUsed');
    expect(warnings.map((w) => [w.theme, w.weekKey, w.lastUsedWeekKey, w.nextPlannedWeekKey, w.daysUntil, w.urgency])).toEqual([
      ['voeding', '2026-W45', '2026-W38', '2026-W53', 0, 'medium'],
      ['werkomgeving', '2026-W46', '2026-W39', '2026-W49', 4, 'low']
    ]);
  });
});

describe('issue 15: ranked by urgency', () => {
  it('puts what is due soonest first within high, medium and low, whatever its kind', () => {
    const themes = rotation().filter((t) => t.isoWeek !== 47);
    const dagZ = nationalDay(9, 'Dag Z', { kind: 'fixed', month: 11, day: 18 });
    const warnings = run({
      themes,
      nationalDays: [dagZ, MANTELZORG],
      posts: [
        post(1, '2026-11-03 09:00'),
        post(2, '2026-11-11 09:00', { status: 'scheduled' }),
        post(3, '2026-11-20 09:00', { status: 'scheduled' }),
        post(4, '2026-11-20 12:00', { status: 'scheduled' }),
        post(5, '2026-11-24 09:00', { status: 'scheduled' }),
        post(6, '2026-11-30 09:00', { status: 'scheduled' })
      ]
    });
    expect(warnings.map((w) => [w.kind, w.daysUntil, w.urgency])).toEqual([
      ['nationalDayWithoutPost', 5, 'high'], // Mantelzorg, 10 Nov
      ['noTheme', 11, 'medium'], // W47
      ['nationalDayWithoutPost', 13, 'medium'], // Dag Z, 18 Nov
      ['twoPostsOneDay', 15, 'low'], // 20 Nov
      ['themeNotUsed', 25, 'low'] // mentaal: W42, then W52; overdue in W49
    ]);
  });
});
