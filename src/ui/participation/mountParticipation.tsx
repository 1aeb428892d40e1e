import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { ParticipationApi } from '../../data/contracts/IParticipationApi';
import { ISetupApi } from '../../data/contracts/ISetupApi';
import { AppShell } from '../host/AppShell';
import { HostInfo } from '../host/hostTypes';
import { Participation } from './Participation';

export interface ParticipationMountProps {
  host: HostInfo;
  instanceId: string;
  /** Built from a PnPjs instance by data/views/participationApi (SPFx and the preview alike). */
  api: ParticipationApi;
  now: () => Date;
  setup?: ISetupApi;
}

/** The one render entry of the Deelname web part (SPFx class and preview). Returns unmount. */
export function mountParticipation(element: HTMLElement, props: ParticipationMountProps): () => void {
  ReactDOM.render(
    <AppShell host={props.host} instanceId={props.instanceId} setup={props.setup}>
      <Participation api={props.api} now={props.now} locale={props.host.locale} />
    </AppShell>,
    element
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
