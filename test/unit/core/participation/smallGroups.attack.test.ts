import { attackSeeds } from './attacker';

describe('suppressYear against the brute-force attacker (seeds 1–150)', () => {
  it('150 random years: no figure of 1–4 people is shown or can be worked out from everything published', () => {
    const seen = attackSeeds(1, 150);
    // The cases are not trivially safe: many small figures, and protecting hides were needed.
    expect(seen.hiddenSmall).toBeGreaterThan(500);
    expect(seen.protects).toBeGreaterThan(150);
  });
});
