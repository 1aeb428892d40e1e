import * as React from 'react';
import { FluentProvider, IdPrefixProvider, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { HostInfo } from './hostTypes';
import { fluentThemeFor } from './fluentTheme';
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

export function AppShell(props: AppShellProps): JSX.Element {
  const styles = useShellStyles();
  const theme = fluentThemeFor(props.host);
  return (
    <IdPrefixProvider value={`sb-${props.instanceId}-`}>
      <FluentProvider
        theme={theme}
        lang={props.host.locale}
        className={mergeClasses(styles.root, props.host.kind === 'teams' && styles.teams)}
      >
        <HostContext.Provider value={props.host}>
          <SetupContext.Provider value={props.setup}>{props.children}</SetupContext.Provider>
        </HostContext.Provider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
