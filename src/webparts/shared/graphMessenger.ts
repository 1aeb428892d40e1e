import { WebPartContext } from '@microsoft/sp-webpart-base';
import { GraphRequester, lazyGraphRequester, MSGraphClientLike } from '../../data/graph/graphRequester';
import { MyAgenda, myAgenda, storageAgendaMemory } from '../../data/graph/myAgenda';
import { participantMessenger, ParticipantMessenger } from '../../data/graph/participantMessenger';
import { HostInfo } from '../../ui/host/hostTypes';
import { ACTIVITIES_COMPONENT_ID, TEAMS_APP_ID } from '../../ui/host/productIds';

/**
 * Microsoft Graph from SPFx: MSGraphClientV3 with the delegated permissions the admin approved
 * (package-solution.json webApiPermissionRequests). The client is asked for on the first call
 * only, so pages that never notify or write an agenda never fetch a Graph token.
 */
export function spfxGraph(context: WebPartContext): GraphRequester {
  return lazyGraphRequester(() => context.msGraphClientFactory.getClient('3') as unknown as Promise<MSGraphClientLike>);
}

/** Teams activity feed notifications (TeamsActivity.Send). */
export function graphMessenger(graph: GraphRequester, host: HostInfo): ParticipantMessenger {
  return participantMessenger({
    graph,
    // The id Teams reports at run time (an org-catalog upload gets its own); ours otherwise.
    teamsAppId: host.teamsAppId || TEAMS_APP_ID,
    activitiesEntityId: ACTIVITIES_COMPONENT_ID,
    locale: host.locale
  });
}

/** The person's own Outlook calendar (Calendars.ReadWrite), remembered in this browser. */
export function graphAgenda(graph: GraphRequester): MyAgenda {
  return myAgenda(graph, storageAgendaMemory(window.localStorage));
}
