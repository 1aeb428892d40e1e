import { WebPartContext } from '@microsoft/sp-webpart-base';
import { ThemeProvider } from '@microsoft/sp-component-base';
import { ISPEventObserver } from '@microsoft/sp-core-library';
import { HostInfo, TeamsThemeName, toUiLocale } from '../../ui/host/hostTypes';

function teamsThemeName(theme: string | undefined): TeamsThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * Works out where the web part runs and which theme to use. In Teams, SPFx exposes the
 * Teams SDK it already loaded at context.sdks.microsoftTeams.teamsJs; we use that at run
 * time instead of bundling @microsoft/teams-js a second time. `onChange` fires when the
 * user switches the Teams or SharePoint theme.
 */
export async function readHostInfo(
  context: WebPartContext,
  observer: ISPEventObserver,
  onChange: (host: HostInfo) => void): Promise<HostInfo> {
  const locale = toUiLocale(context.pageContext.cultureInfo.currentUICultureName);
  const teams = context.sdks.microsoftTeams;
  if (teams) {
    const teamsContext = await teams.teamsJs.app.getContext();
    // The app id Teams reports at run time (an org-catalog upload gets its own id); TeamsJS 2
    // gives it as a string or an AppId object, depending on the version.
    const teamsAppId = String((teamsContext.app as { appId?: unknown }).appId || '') || undefined;
    const openLink = (url: string): Promise<void> => teams.teamsJs.app.openLink(url);
    teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) =>
      onChange({ kind: 'teams', teamsTheme: teamsThemeName(theme), locale, teamsAppId, openLink })
    );
    return { kind: 'teams', teamsTheme: teamsThemeName(teamsContext.app.theme), locale, teamsAppId, openLink };
  }
  const provider = context.serviceScope.consume(ThemeProvider.serviceKey);
  const fromTheme = (): HostInfo => {
    const theme = provider.tryGetTheme();
    return {
      kind: 'sharepoint',
      sharePointPrimary: theme && theme.palette ? theme.palette.themePrimary : undefined,
      sharePointInverted: !!(theme && theme.isInverted),
      locale
    };
  };
  provider.themeChangedEvent.add(observer, () => onChange(fromTheme()));
  return fromTheme();
}
