import { publishYear } from '../../../../src/core/participation/publication';
import { SMALL_GROUP } from '../../../../src/core/participation/smallGroups';
import { publicationModel, recovered } from './publicationAttacker';
import { randomPlans, storedYear } from './publicationScenario';

/** Views of the year as time passes: after each quarter, and when the year is over. */
const CUTOFFS = ['2026-03', '2026-06', '2026-09', '2026-12'];
const overAfter = (last: string) => (period: string): boolean => (period.length === 4 ? last === '2026-12' : period.localeCompare(last) <= 0 || (period.includes('Q') && Number(period.slice(6)) * 3 <= Number(last.slice(5))));

describe('publishYear against the brute-force attacker', () => {
  it('30 random years, each seen after every quarter: no figure of 1–4 people is shown or can be worked out', () => {
    let hiddenSmall = 0;
    let protects = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const stored = storedYear(randomPlans(seed));
      for (const cutoff of CUTOFFS) {
        const view = publishYear(2026, stored, overAfter(cutoff));
        const model = publicationModel(stored, view);
        hiddenSmall += model.targets.filter((v) => model.truth[v] > 0 && model.truth[v] < SMALL_GROUP && model.lo[v] !== model.hi[v]).length;
        protects += model.targets.filter((v) => model.lo[v] === SMALL_GROUP && model.hi[v] > SMALL_GROUP).length;
        expect({ seed, cutoff, recovered: recovered(model) }).toEqual({ seed, cutoff, recovered: [] });
      }
    }
    // Not trivially safe: many small figures, and protecting hides were needed.
    console.log(`publication attack: ${hiddenSmall} hidden small figures, ${protects} protecting hides`);
    expect(hiddenSmall).toBeGreaterThan(2000);
    expect(protects).toBeGreaterThan(150);
  });
});

describe('the attacker is not blind', () => {
  it('revealing the protecting hides of the same views lets it work out small figures', () => {
    let found = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const stored = storedYear(randomPlans(seed));
      const view = publishYear(2026, stored, overAfter('2026-12'));
      const model = publicationModel(stored, view);
      // The same view with every 'protect' replaced by the number it hides.
      const revealed = publicationModel(stored, view);
      revealed.targets.forEach((v) => {
        if (revealed.lo[v] === SMALL_GROUP && revealed.hi[v] > SMALL_GROUP) revealed.lo[v] = revealed.hi[v] = revealed.truth[v];
      });
      expect(recovered(model)).toEqual([]);
      found += recovered(revealed).length;
    }
    expect(found).toBeGreaterThan(10);
  });
});
