import { IPropertyPaneConfiguration, PropertyPaneSlider, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'SamenBeterStrings';
import { activitiesApi } from '../../data/views/activitiesApi';
import { MyAgenda } from '../../data/graph/myAgenda';
import { ActivitiesApi } from '../../data/contracts/IActivitiesApi';
import { mountActivities } from '../../ui/entries/mountActivities';
import { ACTIVITIES_COMPONENT_ID, TEAMS_APP_ID } from '../../ui/host/productIds';
import { graphAgenda, graphMessenger, spfxGraph } from '../shared/graphMessenger';
import { ISamenBeterWebPartProps, SamenBeterWebPart } from '../shared/SamenBeterWebPart';
import { readLinkedActivityId } from '../shared/readLinkedActivity';

export interface IActivitiesWebPartProps extends ISamenBeterWebPartProps {
  pageSize: number;
  showFilters: boolean;
  /** Teams app id and personal tab entityId from the Teams manifest, for share deep links. */
  teamsAppId: string;
  teamsEntityId: string;
}

// Thin on purpose: SPFx plumbing only. Everything the user sees is in src/ui, every
// SharePoint call in src/data; the local preview mounts the same entry.
export default class ActivitiesWebPart extends SamenBeterWebPart<IActivitiesWebPartProps> {
  private api!: ActivitiesApi;
  private agenda!: MyAgenda;
  private linkedActivityId: number | null = null;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const graph = spfxGraph(this.context);
    this.api = activitiesApi(this.sp, graphMessenger(graph, this.host));
    this.agenda = graphAgenda(graph);
    this.linkedActivityId = await readLinkedActivityId(this.context);
  }

  protected mount(element: HTMLElement): () => void {
    const inTeams = this.host.kind === 'teams';
    return mountActivities(element, {
      host: this.host,
      instanceId: this.instanceId,
      api: this.api,
      now: () => new Date(),
      pageSize: this.properties.pageSize || 12,
      showFilters: this.properties.showFilters !== false,
      share: {
        // In Teams the frame's own URL is not shareable; the site is the web fallback.
        pageUrl: inTeams ? this.context.pageContext.web.absoluteUrl : window.location.href,
        // The app id Teams reports at run time (an org-catalog upload gets its own), unless an
        // admin set one; our packaged id as the last resort.
        teamsAppId: this.properties.teamsAppId || this.host.teamsAppId || TEAMS_APP_ID,
        teamsEntityId: this.properties.teamsEntityId || ACTIVITIES_COMPONENT_ID
      },
      initialActivityId: this.linkedActivityId,
      uidDomain: window.location.hostname,
      agenda: this.agenda,
      setup: this.setup
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupFields: [
                PropertyPaneSlider('pageSize', { label: strings.ActivitiesPageSizeFieldLabel, min: 4, max: 48, step: 4 }),
                PropertyPaneToggle('showFilters', { label: strings.ActivitiesShowFiltersFieldLabel }),
                PropertyPaneTextField('teamsAppId', { label: strings.ActivitiesTeamsAppIdFieldLabel }),
                PropertyPaneTextField('teamsEntityId', { label: strings.ActivitiesTeamsEntityIdFieldLabel })
              ]
            }
          ]
        }
      ]
    };
  }
}
