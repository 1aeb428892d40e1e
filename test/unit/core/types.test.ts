import { DEFAULT_PILLAR_OF_THEME, isPillar, isVitalTheme, PILLARS, VITAL_THEMES } from '../../../src/core';

describe('themes and pillars', () => {
  it('lists the five 365 Vitaal themes in plan order', () => {
    expect(VITAL_THEMES).toEqual(['fysiek', 'mentaal', 'voeding', 'werkomgeving', 'motivatie']);
    expect(PILLARS).toEqual(['Kracht', 'Samen', 'Beter']);
  });

  it('suggests Kracht for health, food and work environment, Samen for motivation', () => {
    expect(DEFAULT_PILLAR_OF_THEME).toEqual({
      fysiek: 'Kracht',
      mentaal: 'Kracht',
      voeding: 'Kracht',
      werkomgeving: 'Kracht',
      motivatie: 'Samen'
    });
  });

  it('recognises stored keys and rejects others', () => {
    expect(isVitalTheme('voeding')).toBe(true);
    expect(isVitalTheme('Voeding')).toBe(false);
    expect(isVitalTheme(undefined)).toBe(false);
    expect(isPillar('Beter')).toBe(true);
    expect(isPillar('beter')).toBe(false);
  });
});
