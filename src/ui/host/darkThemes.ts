import { Theme, createDarkTheme, teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
import { HostInfo } from './hostTypes';
import { brandRampFromHex } from './brandRamp';

/**
 * The dark and high-contrast themes: Teams' dark and contrast themes and a SharePoint section
 * with an inverted (dark) site theme. Few people use them, and their colour tables are ~5 KB
 * (gzip), so fluentTheme.ts loads this module when a host asks for one.
 */
export function darkThemeFor(host: HostInfo): Theme {
  if (host.kind === 'teams') {
    return host.teamsTheme === 'contrast' ? teamsHighContrastTheme : teamsDarkTheme;
  }
  const brand = host.sharePointPrimary ? brandRampFromHex(host.sharePointPrimary) : undefined;
  return brand ? createDarkTheme(brand) : teamsDarkTheme;
}
