import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { ActivitiesApi } from '../../data/contracts/IActivitiesApi';
import { MyAgenda } from '../../data/graph/myAgenda';
import { ISetupApi } from '../../data/contracts/ISetupApi';
import { AppShell } from '../host/AppShell';
import { HostInfo } from '../host/hostTypes';
import { Activities } from '../activities/Activities';
import { ShareSettings } from '../activities/Activities.types';

export interface ActivitiesMountProps {
  host: HostInfo;
  instanceId: string;
  /** Built from a PnPjs instance by data/views/activitiesApi (SPFx and the preview alike). */
  api: ActivitiesApi;
  now: () => Date;
  pageSize: number;
  showFilters: boolean;
  share: ShareSettings;
  /** From ?activity=<id> or a Teams deep link's subEntityId. */
  initialActivityId?: number | null;
  /** Right-hand side of .ics UIDs (the tenant host). */
  uidDomain: string;
  /** Offered to site owners when the lists are missing or out of date. */
  setup?: ISetupApi;
  /** The person's own Outlook calendar through Graph; without it only .ics and the Outlook link. */
  agenda?: MyAgenda;
}

/**
 * The one render entry of the Activiteiten web part: the SPFx class and the local preview
 * both call this. Returns the unmount function.
 */
export function mountActivities(element: HTMLElement, props: ActivitiesMountProps): () => void {
  ReactDOM.render(
    <AppShell host={props.host} instanceId={props.instanceId} setup={props.setup}>
      <Activities
        api={props.api}
        now={props.now}
        locale={props.host.locale}
        hostKind={props.host.kind}
        pageSize={props.pageSize > 0 ? Math.floor(props.pageSize) : 12}
        showFilters={props.showFilters}
        share={props.share}
        initialActivityId={props.initialActivityId}
        uidDomain={props.uidDomain}
        agenda={props.agenda}
      />
    </AppShell>,
    element
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
