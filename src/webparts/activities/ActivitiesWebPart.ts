import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IPropertyPaneConfiguration, PropertyPaneSlider, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'SamenBeterStrings';
import { spForSpfx } from '../../data/sp/spFactory';
import { activitiesApi } from '../../data/views/activitiesApi';
import { lazySetupApi } from '../../data/views/lazySetupApi';
import { ISetupApi } from '../../data/contracts/ISetupApi';
import { ActivitiesApi } from '../../data/contracts/IActivitiesApi';
import { HostInfo } from '../../ui/host/hostTypes';
import { mountActivities } from '../../ui/entries/mountActivities';
import { readHostInfo } from '../shared/readHostInfo';
import { readLinkedActivityId } from '../shared/readLinkedActivity';

export interface IActivitiesWebPartProps {
  pageSize: number;
  showFilters: boolean;
  /** Teams app id and personal tab entityId from the Teams manifest, for share deep links. */
  teamsAppId: string;
  teamsEntityId: string;
}

// Thin on purpose: SPFx plumbing only. Everything the user sees is in src/ui, every
// SharePoint call in src/data; the local preview mounts the same entry.
export default class ActivitiesWebPart extends BaseClientSideWebPart<IActivitiesWebPartProps> {
  private api!: ActivitiesApi;
  private setup!: ISetupApi;
  private host!: HostInfo;
  private linkedActivityId: number | null = null;
  private unmount: (() => void) | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sp = spForSpfx(this.context);
    this.api = activitiesApi(sp);
    this.setup = lazySetupApi(sp);
    this.host = await readHostInfo(this.context, this, (host) => {
      this.host = host;
      this.render();
    });
    this.linkedActivityId = await readLinkedActivityId(this.context);
  }

  public render(): void {
    const inTeams = this.host.kind === 'teams';
    this.unmount = mountActivities(this.domElement, {
      host: this.host,
      instanceId: this.instanceId,
      api: this.api,
      now: () => new Date(),
      pageSize: this.properties.pageSize || 12,
      showFilters: this.properties.showFilters !== false,
      share: {
        // In Teams the frame's own URL is not shareable; the site is the web fallback.
        pageUrl: inTeams ? this.context.pageContext.web.absoluteUrl : window.location.href,
        teamsAppId: this.properties.teamsAppId || undefined,
        teamsEntityId: this.properties.teamsEntityId || undefined
      },
      initialActivityId: this.linkedActivityId,
      uidDomain: window.location.hostname,
      setup: this.setup
    });
  }

  protected onDispose(): void {
    if (this.unmount) {
      this.unmount();
    }
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
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
