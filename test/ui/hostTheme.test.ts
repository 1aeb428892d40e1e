import { brandRampFromHex } from '../../src/ui/host/brandRamp';
import { lightThemeFor, loadFluentTheme } from '../../src/ui/host/fluentTheme';
import { toUiLocale } from '../../src/ui/host/hostTypes';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webLightTheme } from '@fluentui/react-components';

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
}

describe('SharePoint theme → Fluent v9', () => {
  it('puts the site colour at 80 and ramps from dark (10) to light (160)', () => {
    const ramp = brandRampFromHex('#8a1538') as unknown as { [k: number]: string };
    expect(ramp[80]).toBe('#8a1538');
    const steps = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160];
    for (let i = 1; i < steps.length; i++) {
      expect(luminance(ramp[steps[i]])).toBeGreaterThan(luminance(ramp[steps[i - 1]]));
    }
  });

  it('ignores colours that are not #rrggbb', () => {
    expect(brandRampFromHex('red')).toBeUndefined();
    expect(lightThemeFor({ kind: 'sharepoint', sharePointPrimary: 'url(x)', locale: 'nl-NL' })).toBe(webLightTheme);
  });

  it('uses the site colour as the brand colour of the v9 theme', () => {
    const theme = lightThemeFor({ kind: 'sharepoint', sharePointPrimary: '#8a1538', locale: 'nl-NL' });
    expect(theme && theme.colorBrandBackground).toBe('#8a1538');
  });

  it('loads a dark site theme on demand, with the site colour as brand', async () => {
    const host = { kind: 'sharepoint' as const, sharePointPrimary: '#8a1538', sharePointInverted: true, locale: 'nl-NL' as const };
    expect(lightThemeFor(host)).toBeUndefined();
    const theme = await loadFluentTheme(host);
    expect(theme.colorNeutralBackground1).toBe(teamsDarkTheme.colorNeutralBackground1);
    expect(theme.colorBrandForeground1).not.toBe(webLightTheme.colorBrandForeground1);
  });

  it("follows Teams' three themes (light at once, dark and contrast on demand)", async () => {
    expect(lightThemeFor({ kind: 'teams', teamsTheme: 'default', locale: 'nl-NL' })).toBe(teamsLightTheme);
    expect(lightThemeFor({ kind: 'teams', teamsTheme: 'dark', locale: 'nl-NL' })).toBeUndefined();
    expect(await loadFluentTheme({ kind: 'teams', teamsTheme: 'default', locale: 'nl-NL' })).toBe(teamsLightTheme);
    expect(await loadFluentTheme({ kind: 'teams', teamsTheme: 'dark', locale: 'nl-NL' })).toBe(teamsDarkTheme);
    expect(await loadFluentTheme({ kind: 'teams', teamsTheme: 'contrast', locale: 'nl-NL' })).toBe(teamsHighContrastTheme);
  });

  it('maps UI cultures to the two languages, Dutch first', () => {
    expect(toUiLocale('nl-NL')).toBe('nl-NL');
    expect(toUiLocale('nl-BE')).toBe('nl-NL');
    expect(toUiLocale('en-GB')).toBe('en-US');
    expect(toUiLocale(undefined)).toBe('nl-NL');
  });
});
