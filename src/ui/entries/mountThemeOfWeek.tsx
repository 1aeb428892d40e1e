import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { AppShell } from '../host/AppShell';
import { HostInfo } from '../host/hostTypes';
import { ThemeOfWeek } from '../themeOfWeek/ThemeOfWeek';
import { ThemeOfWeekData } from '../themeOfWeek/ThemeOfWeek.types';
import { ISetupApi } from '../../data/contracts/ISetupApi';

export interface ThemeOfWeekMountProps {
  host: HostInfo;
  instanceId: string;
  load: (weekKey: string) => Promise<ThemeOfWeekData>;
  now: () => Date;
  planningUrl?: string;
  /** Offered to site owners when the lists are missing or out of date. */
  setup?: ISetupApi;
}

/**
 * The one render entry of the Thema van de week web part: the SPFx class and the local
 * preview both call this, with their own PnPjs instance behind `load`.
 * Returns the unmount function.
 */
export function mountThemeOfWeek(element: HTMLElement, props: ThemeOfWeekMountProps): () => void {
  ReactDOM.render(
    <AppShell host={props.host} instanceId={props.instanceId} setup={props.setup}>
      <ThemeOfWeek load={props.load} now={props.now} planningUrl={props.planningUrl} />
    </AppShell>,
    element
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
