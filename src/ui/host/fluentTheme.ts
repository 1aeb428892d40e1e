import { Theme, createLightTheme, teamsLightTheme, webLightTheme } from '@fluentui/react-components';
import { HostInfo } from './hostTypes';
import { brandRampFromHex } from './brandRamp';

/** Whether the host wants a dark or high-contrast theme (loaded on demand: darkThemes.ts). */
export function wantsDarkTheme(host: HostInfo): boolean {
  if (host.kind === 'teams') {
    return host.teamsTheme === 'dark' || host.teamsTheme === 'contrast';
  }
  return Boolean(host.sharePointInverted && host.sharePointPrimary && brandRampFromHex(host.sharePointPrimary));
}

/**
 * The Fluent v9 theme for a host when it is a light one (Teams' default theme, the site's colours
 * in SharePoint): available at once. Undefined when the host wants a dark or high-contrast theme:
 * then `loadFluentTheme` fetches it.
 */
export function lightThemeFor(host: HostInfo): Theme | undefined {
  if (wantsDarkTheme(host)) {
    return undefined;
  }
  if (host.kind === 'teams') {
    return teamsLightTheme;
  }
  const brand = host.sharePointPrimary ? brandRampFromHex(host.sharePointPrimary) : undefined;
  return brand ? createLightTheme(brand) : webLightTheme;
}

/** The Fluent v9 theme for any host: Teams' own themes in Teams, the site's colours in SharePoint. */
export async function loadFluentTheme(host: HostInfo): Promise<Theme> {
  const light = lightThemeFor(host);
  if (light) {
    return light;
  }
  const dark = await import(/* webpackChunkName: 'samenbeter-dark-themes' */ './darkThemes');
  return dark.darkThemeFor(host);
}
