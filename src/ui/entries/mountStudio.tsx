import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { StudioApi } from '../../data/contracts/IStudioApi';
import { ISetupApi } from '../../data/contracts/ISetupApi';
import { AppShell } from '../host/AppShell';
import { HostInfo } from '../host/hostTypes';
import { Studio } from '../studio/Studio';

export interface StudioMountProps {
  host: HostInfo;
  instanceId: string;
  /** Built from a PnPjs instance by data/views/studioApi (SPFx and the preview alike). */
  api: StudioApi;
  now: () => Date;
  /** E-mail or https URL for "how do I become an ambassador?". */
  becomeAmbassadorContact: string;
  setup?: ISetupApi;
}

/** The one render entry of the Ambassadeurs web part (SPFx class and preview). Returns unmount. */
export function mountStudio(element: HTMLElement, props: StudioMountProps): () => void {
  ReactDOM.render(
    <AppShell host={props.host} instanceId={props.instanceId} setup={props.setup}>
      <Studio
        api={props.api}
        now={props.now}
        locale={props.host.locale}
        becomeAmbassadorContact={props.becomeAmbassadorContact}
        teamsAppId={props.host.teamsAppId}
      />
    </AppShell>,
    element
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
