import * as React from 'react';
import { FluentProvider, IdPrefixProvider, Theme, makeStyles, mergeClasses, tokens, useFocusFinders } from '@fluentui/react-components';
import { HostInfo } from './hostTypes';
import { lightThemeFor, loadFluentTheme } from './fluentTheme';
import { ISetupApi } from '../../data/contracts/ISetupApi';
import { SetupContext } from '../setup/SetupContext';
import { HostContext } from './HostContext';

export interface AppShellProps {
  host: HostInfo;
  /** Lets owners set up #SamenBeter from any web part when the lists are missing. */
  setup?: ISetupApi;
  /** Unique per web part instance: two Fluent v9 web parts on one page must not share ids. */
  instanceId: string;
  children?: React.ReactNode;
}

const useShellStyles = makeStyles({
  root: {
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase
  },
  teams: {
    backgroundColor: tokens.colorNeutralBackground2
  }
});

/**
 * Keeps Fluent's focus manager (tabster) alive as long as the web part is shown. Fluent creates
 * it for the components that need it and disposes it with the last of them: when that was a
 * dialog, the page could keep the aria-hidden its modalizer set (seen in the content calendar).
 * Fluent's TabList used to hold it for the whole web part; our TabStrip does not.
 */
function KeepFocusManager(): null {
  useFocusFinders();
  return null;
}

/** The host's theme: light ones at once, dark and high-contrast ones after their chunk arrived. */
function useHostTheme(host: HostInfo): Theme | undefined {
  const [loaded, setLoaded] = React.useState<{ key: string; theme: Theme } | undefined>(undefined);
  const key = `${host.kind}|${host.teamsTheme || ''}|${host.sharePointPrimary || ''}|${host.sharePointInverted ? 1 : 0}`;
  // Once per host theme, not per render: a site colour builds a new theme object, and a new
  // object makes FluentProvider write its CSS variables again.
  const light = React.useMemo(() => lightThemeFor(host), [key]);
  React.useEffect(() => {
    if (light) {
      return undefined;
    }
    let live = true;
    loadFluentTheme(host).then(
      (theme) => live && setLoaded({ key, theme }),
      // The chunk did not come (offline, a new version deployed): the light theme still works.
      () => live && setLoaded({ key, theme: lightThemeFor({ ...host, teamsTheme: 'default', sharePointInverted: false }) as Theme })
    );
    return () => {
      live = false;
    };
  }, [key]);
  return light || (loaded && loaded.key === key ? loaded.theme : undefined);
}

export function AppShell(props: AppShellProps): JSX.Element {
  const styles = useShellStyles();
  const theme = useHostTheme(props.host);
  if (!theme) {
    // A dark or high-contrast theme is on its way (one small chunk): render nothing rather than
    // flash the light theme in a dark Teams client.
    return <div aria-busy="true" />;
  }
  return (
    <IdPrefixProvider value={`sb-${props.instanceId}-`}>
      <FluentProvider
        theme={theme}
        lang={props.host.locale}
        className={mergeClasses(styles.root, props.host.kind === 'teams' && styles.teams)}
      >
        <KeepFocusManager />
        <HostContext.Provider value={props.host}>
          <SetupContext.Provider value={props.setup}>{props.children}</SetupContext.Provider>
        </HostContext.Provider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
