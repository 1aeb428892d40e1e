import { publishYear } from '../../../../src/core/participation/publication';
import { PublishedYear } from '../../../../src/core/participation/publicationTypes';
import { MonthPlan, outcomes, randomPlans, storedYear } from './publicationScenario';

const ACTIVITIES = {
  '1': { title: 'Bootcamp', pillar: 'Kracht', shape: 'weeklyDropIn', location: 'Mosae Forum' },
  '2': { title: 'Wandeling', pillar: 'Samen', shape: 'oneOff', location: 'Mosae Forum' },
  '3': { title: 'Stoelyoga', pillar: 'Samen', shape: 'oneOff', location: 'Wijkcentrum Malberg' }
};

/** A quiet month: 30 public sign-ups for the bootcamp (all placed with a maximum), none private. */
function quiet(extra: Partial<MonthPlan> = {}): MonthPlan {
  return {
    outcomes: outcomes({ placedWithLimit: 30 }),
    privateSignUps: 0,
    split: { activity: { '1': 30 }, department: { onbekend: 30 }, office: { onbekend: 30 } },
    activities: ACTIVITIES,
    placesOfferedPublic: 40,
    attendance: 0,
    attendanceExpected: 0,
    ...extra
  };
}

const overBy = (lastMonth: string, yearOver: boolean) => (period: string): boolean => {
  if (/^\d{4}$/.test(period)) return yearOver;
  const q = /Q(\d)$/.exec(period);
  return q ? Number(q[1]) * 3 <= Number(lastMonth.slice(5)) : period <= lastMonth;
};

describe('publishYear: the numbers, by hand', () => {
  // May: a walk (11) and chair yoga at Wijkcentrum Malberg (3), both Samen; 2 late cancellations, 9 waiting.
  const plans: MonthPlan[] = Array.from({ length: 12 }, () => quiet());
  plans[4] = quiet({
    outcomes: outcomes({ placedWithLimit: 33, waiting: 9, cancelledLate: 2 }),
    split: { activity: { '1': 30, '2': 11, '3': 3 }, department: { onbekend: 44 }, office: { onbekend: 44 } }
  });
  const view: PublishedYear = publishYear(2026, storedYear(plans), overBy('2026-12', true));
  const row = (name: string, key: string): Array<number | string> => {
    const r = view.breakdowns.find((b) => b.name === name)?.rows.find((x) => x.key === key);
    if (!r) throw new Error(`no row ${name}:${key}`);
    return r.cells;
  };

  it('sign-ups per month, quarter and year are the months’ sums', () => {
    expect(view.signUpsByMonth).toEqual([30, 30, 30, 30, 44, 30, 30, 30, 30, 30, 30, 30]);
    expect(view.signUps).toEqual([90, 104, 90, 90, 374]);
  });

  it('an activity with 3 sign-ups shows "< 5"; its pillar cell (14, shown) is the known total, so the other activity there is hidden too', () => {
    expect(row('activity', '3')).toEqual([0, 'small', 0, 0, 'small']);
    expect(row('activity', '2')).toEqual([0, 'protect', 0, 0, 'protect']);
    expect(row('activity', '1')).toEqual([90, 90, 90, 90, 360]);
    const activity = view.breakdowns.find((b) => b.name === 'activity');
    expect(activity?.labels).toEqual({ '1': 'Bootcamp', '2': 'Wandeling', '3': 'Stoelyoga' });
    expect(activity?.groups).toEqual({ '1': 'Kracht', '2': 'Samen', '3': 'Samen' });
  });

  it('locations and shapes add up activities: shown only where that adds nothing to what the activities show', () => {
    // Malberg is the chair yoga alone: the same "< 5". Mosae Forum is the bootcamp plus the hidden walk: "–".
    expect(row('location', 'Wijkcentrum Malberg')).toEqual([0, 'small', 0, 0, 'small']);
    expect(row('location', 'Mosae Forum')).toEqual([90, 'withheld', 90, 90, 'withheld']);
    expect(row('shape', 'weeklyDropIn')).toEqual([90, 90, 90, 90, 360]);
    expect(row('shape', 'oneOff')).toEqual([0, 'withheld', 0, 0, 'withheld']);
  });

  it('outcomes: 2 late cancellations hidden; the smallest other figure of that column protects them', () => {
    expect(row('outcome', 'cancelledLate')).toEqual([0, 'small', 0, 0, 'small']);
    expect(row('outcome', 'waiting')).toEqual([0, 'protect', 0, 0, 'protect']);
    expect(row('outcome', 'placedWithLimit')).toEqual([90, 93, 90, 90, 363]);
  });

  it('fill rate follows its numerator: places taken with a maximum ÷ places offered', () => {
    expect(view.fillRate).toEqual([90 / 120, 93 / 120, 90 / 120, 90 / 120, 363 / 480]);
  });

  it('pillars: nothing small, everything shown', () => {
    expect(row('pillar', 'Samen')).toEqual([0, 14, 0, 0, 14]);
    expect(row('pillar', 'Kracht')).toEqual([90, 90, 90, 90, 360]);
  });
});

describe('publishYear: periods', () => {
  const stored = storedYear(Array.from({ length: 12 }, () => quiet()));

  it('on 4 December: November over but not computed is "missing", December and Q4 "open", the year "open"', () => {
    const partial = { ...stored };
    delete (partial as { [k: string]: unknown })['2026-11'];
    const view = publishYear(2026, partial, overBy('2026-11', false));
    expect(view.monthStatus.slice(9)).toEqual(['ready', 'missing', 'open']);
    expect(view.columnStatus).toEqual(['ready', 'ready', 'ready', 'open', 'open']);
    expect(view.signUps).toEqual([90, 90, 90, 'withheld', 'withheld']);
    expect(view.signUpsByMonth.slice(9)).toEqual([30, 'withheld', 'withheld']);
  });

  it('a quarter whose figures were not stored is "missing" even when its months are', () => {
    const partial = { ...stored };
    delete (partial as { [k: string]: unknown })['2026-Q2'];
    const view = publishYear(2026, partial, overBy('2026-12', true));
    expect(view.columnStatus).toEqual(['ready', 'missing', 'ready', 'ready', 'missing']);
  });
});

describe('publishYear: views over time never take anything back', () => {
  it('40 random years: whatever a view after Q1, Q2 or Q3 shows, every later view shows exactly the same', () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const stored = storedYear(randomPlans(seed));
      const views = ['2026-03', '2026-06', '2026-09', '2026-12'].map((last) => publishYear(2026, stored, overBy(last, last === '2026-12')));
      for (let i = 0; i < views.length - 1; i++) {
        for (let j = i + 1; j < views.length; j++) {
          const [a, b] = [views[i], views[j]];
          a.signUpsByMonth.forEach((cell, m) => a.monthStatus[m] === 'ready' && expect({ seed, m, cell: b.signUpsByMonth[m] }).toEqual({ seed, m, cell }));
          a.columns.forEach((_, c) => {
            if (a.columnStatus[c] !== 'ready') return;
            expect({ seed, c, cell: b.signUps[c] }).toEqual({ seed, c, cell: a.signUps[c] });
            a.breakdowns.forEach((bd, k) =>
              bd.rows.forEach((r) => {
                const later = b.breakdowns[k].rows.find((x) => x.key === r.key);
                compared++;
                expect({ seed, c, key: r.key, cell: later?.cells[c] }).toEqual({ seed, c, key: r.key, cell: r.cells[c] });
              })
            );
            expect({ seed, c, a: b.totals.attendance[c] }).toEqual({ seed, c, a: a.totals.attendance[c] });
          });
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
