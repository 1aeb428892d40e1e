/** Where a web part runs, and the theme the host asks for. */
export type HostKind = 'sharepoint' | 'teams';

/** Teams' three themes ('default' is light). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

export type UiLocale = 'nl-NL' | 'en-US';

export interface HostInfo {
  kind: HostKind;
  /** Teams only. */
  teamsTheme?: TeamsThemeName;
  /** SharePoint only: the site theme's primary colour (e.g. '#0f6cbd') and whether it is dark. */
  sharePointPrimary?: string;
  sharePointInverted?: boolean;
  locale: UiLocale;
  /** Teams only: the app id Teams reports at run time (an org-catalog upload gets its own). */
  teamsAppId?: string;
  /**
   * Teams only: TeamsJS app.openLink. A Teams deep link (a chat, an app tab) clicked inside a tab
   * must go through it; a plain anchor in the tab's iframe does not open it in Teams.
   */
  openLink?: (url: string) => Promise<void>;
}

/** Maps SPFx's currentUICultureName ('nl-NL', 'en-US', 'nl-BE', …) onto the two UI languages. */
export function toUiLocale(culture: string | undefined): UiLocale {
  return culture && culture.toLowerCase().indexOf('nl') === 0 ? 'nl-NL' : culture ? 'en-US' : 'nl-NL';
}
