import { WebPartContext } from '@microsoft/sp-webpart-base';
import { GraphRequester, lazyGraphRequester, MSGraphClientLike } from '../../data/graph/graphRequester';
import { storageAgendaMemory } from '../../data/graph/agendaMemory';
import type { MyAgenda } from '../../data/graph/myAgenda';
import type { ParticipantMessenger } from '../../data/graph/participantMessenger';
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

/** Runs `load` once; a failed load (offline, a new version deployed) is tried again next time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}

/**
 * Teams activity feed notifications (TeamsActivity.Send). The sending code (notifier, batches)
 * is its own chunk, fetched on the first send: most visits never tell anyone.
 */
export function graphMessenger(graph: GraphRequester, host: HostInfo): ParticipantMessenger {
  const messenger = once(() =>
    import(/* webpackChunkName: 'samenbeter-graph' */ '../../data/graph/participantMessenger').then((m) =>
      m.participantMessenger({
        graph,
        // The id Teams reports at run time (an org-catalog upload gets its own); ours otherwise.
        teamsAppId: host.teamsAppId || TEAMS_APP_ID,
        activitiesEntityId: ACTIVITIES_COMPONENT_ID,
        locale: host.locale
      })
    )
  );
  return { tell: (...args) => messenger().then((m) => m.tell(...args)) };
}

/**
 * The person's own Outlook calendar (Calendars.ReadWrite), remembered in this browser. Whether a
 * sign-up is in the agenda is answered from that memory at once; the code that writes events is
 * fetched on the first add or sync.
 */
export function graphAgenda(graph: GraphRequester): MyAgenda {
  const memory = storageAgendaMemory(window.localStorage);
  const agenda = once(() =>
    import(/* webpackChunkName: 'samenbeter-graph' */ '../../data/graph/myAgenda').then((m) => m.myAgenda(graph, memory))
  );
  return {
    has: (key) => memory.read(key) !== undefined,
    add: (...args) => agenda().then((a) => a.add(...args)),
    sync: (...args) => agenda().then((a) => a.sync(...args))
  };
}
