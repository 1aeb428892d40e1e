import {
  Theme,
  createDarkTheme,
  createLightTheme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webLightTheme
} from '@fluentui/react-components';
import { HostInfo } from './hostTypes';
import { brandRampFromHex } from './brandRamp';

/** The Fluent v9 theme for a host: Teams' own themes in Teams, the site's colours in SharePoint. */
export function fluentThemeFor(host: HostInfo): Theme {
  if (host.kind === 'teams') {
    if (host.teamsTheme === 'dark') {
      return teamsDarkTheme;
    }
    if (host.teamsTheme === 'contrast') {
      return teamsHighContrastTheme;
    }
    return teamsLightTheme;
  }
  const brand = host.sharePointPrimary ? brandRampFromHex(host.sharePointPrimary) : undefined;
  if (!brand) {
    return webLightTheme;
  }
  return host.sharePointInverted ? createDarkTheme(brand) : createLightTheme(brand);
}
