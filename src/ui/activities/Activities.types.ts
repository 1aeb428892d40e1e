import { DisplayLocale } from '../../core/time/dutchFormat';
import { ActivitiesApi } from '../../data/contracts/IActivitiesApi';
import { MyAgenda } from '../../data/graph/myAgenda';
import { HostKind } from '../host/hostTypes';

/** How "Deel" builds a link to one activity. */
export interface ShareSettings {
  /** The page that hosts the web part; the link adds ?activity=<id>. */
  pageUrl: string;
  /** Teams app id and personal tab entityId (manifest): with both, links in Teams are deep links. */
  teamsAppId?: string;
  teamsEntityId?: string;
}

export interface ActivitiesProps {
  api: ActivitiesApi;
  /** The clock; the preview and tests set it. */
  now: () => Date;
  locale: DisplayLocale;
  hostKind: HostKind;
  /** Activities per catalogue page ("Meer laden" fetches the next). */
  pageSize: number;
  showFilters: boolean;
  share: ShareSettings;
  /** Opens this activity's detail on load (?activity=<id> or a Teams deep link). */
  initialActivityId?: number | null;
  /** Right-hand side of .ics UIDs, e.g. the tenant host name. */
  uidDomain: string;
  /** The person's own Outlook calendar through Graph (absent: .ics and the Outlook link only). */
  agenda?: MyAgenda;
}
