/**
 * @jest-environment jsdom
 */
import { ThemeProvider } from '@microsoft/sp-component-base';
import { readHostInfo } from '../../src/webparts/shared/readHostInfo';
import { HostInfo } from '../../src/ui/host/hostTypes';

// The web part plumbing in SharePoint and in Teams, with SPFx's context shapes faked at
// their edges: sdks.microsoftTeams (Teams SDK already loaded by SPFx) and ThemeProvider.

type ThemeHandler = (theme: string) => void;

const opened: string[] = [];

function teamsContext(theme: string, culture = 'nl-NL', appId?: unknown): { context: unknown; fireTheme: ThemeHandler } {
  let handler: ThemeHandler = () => undefined;
  const context = {
    pageContext: { cultureInfo: { currentUICultureName: culture } },
    sdks: {
      microsoftTeams: {
        teamsJs: {
          app: {
            getContext: async () => ({ app: appId === undefined ? { theme } : { theme, appId } }),
            openLink: async (url: string) => {
              opened.push(url);
            },
            registerOnThemeChangeHandler: (h: ThemeHandler) => (handler = h)
          }
        }
      }
    }
  };
  return { context, fireTheme: (t) => handler(t) };
}

function sharePointContext(primary: string, inverted: boolean): { context: unknown; fireThemeChange: () => void } {
  let listener: () => void = () => undefined;
  const provider = {
    tryGetTheme: () => ({ palette: { themePrimary: primary }, isInverted: inverted }),
    themeChangedEvent: { add: (_observer: unknown, l: () => void) => (listener = l) }
  };
  const context = {
    pageContext: { cultureInfo: { currentUICultureName: 'en-US' } },
    sdks: {},
    serviceScope: {
      consume: (key: unknown) => {
        expect(key).toBe(ThemeProvider.serviceKey);
        return provider;
      }
    }
  };
  return { context, fireThemeChange: () => listener() };
}

const observer = { componentId: 'x', instanceId: 'y' } as never;

describe('readHostInfo', () => {
  it("detects Teams through SPFx's Teams SDK and follows its theme changes", async () => {
    const { context, fireTheme } = teamsContext('dark');
    const changes: HostInfo[] = [];
    const host = await readHostInfo(context as never, observer, (h) => changes.push(h));
    expect(host).toEqual(expect.objectContaining({ kind: 'teams', teamsTheme: 'dark', locale: 'nl-NL' }));
    fireTheme('contrast');
    fireTheme('something-new');
    expect(changes.map((c) => [c.kind, c.teamsTheme, c.locale])).toEqual([
      ['teams', 'contrast', 'nl-NL'],
      ['teams', 'default', 'nl-NL']
    ]);
  });

  it('keeps the app id Teams reports (string or AppId object), also after a theme change', async () => {
    const appId = { toString: () => 'a1b2c3d4-0000-4000-8000-123456789abc' };
    const { context, fireTheme } = teamsContext('default', 'nl-NL', appId);
    const changes: HostInfo[] = [];
    const host = await readHostInfo(context as never, observer, (h) => changes.push(h));
    expect(host.teamsAppId).toBe('a1b2c3d4-0000-4000-8000-123456789abc');
    fireTheme('dark');
    expect(changes[0].teamsAppId).toBe('a1b2c3d4-0000-4000-8000-123456789abc');
    // Deep links go through the Teams SDK that SPFx loaded.
    await host.openLink!('https://teams.microsoft.com/l/chat/0/0?users=a%40x.nl');
    expect(opened).toEqual(['https://teams.microsoft.com/l/chat/0/0?users=a%40x.nl']);
  });

  it('uses the SharePoint site theme outside Teams', async () => {
    const { context, fireThemeChange } = sharePointContext('#8a1538', false);
    const changes: HostInfo[] = [];
    const host = await readHostInfo(context as never, observer, (h) => changes.push(h));
    expect(host).toEqual({ kind: 'sharepoint', sharePointPrimary: '#8a1538', sharePointInverted: false, locale: 'en-US' });
    fireThemeChange();
    expect(changes).toHaveLength(1);
  });
});
