import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { ContentCalendarApi } from '../../data/contracts/IContentCalendarApi';
import { ISetupApi } from '../../data/contracts/ISetupApi';
import { ContentCalendar } from '../contentCalendar/ContentCalendar';
import { AppShell } from '../host/AppShell';
import { HostInfo } from '../host/hostTypes';

export interface ContentCalendarMountProps {
  host: HostInfo;
  instanceId: string;
  /** Built from a PnPjs instance by data/views/contentCalendarApi (SPFx and the preview alike). */
  api: ContentCalendarApi;
  now: () => Date;
  /** Offered to site owners when the lists are missing or out of date. */
  setup?: ISetupApi;
}

/** The one render entry of the Contentkalender web part (SPFx class and preview). Returns unmount. */
export function mountContentCalendar(element: HTMLElement, props: ContentCalendarMountProps): () => void {
  ReactDOM.render(
    <AppShell host={props.host} instanceId={props.instanceId} setup={props.setup}>
      <ContentCalendar api={props.api} now={props.now} locale={props.host.locale} hostKind={props.host.kind} />
    </AppShell>,
    element
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
