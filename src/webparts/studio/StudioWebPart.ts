import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'SamenBeterStrings';
import { studioApi } from '../../data/views/studioApi';
import { StudioApi } from '../../data/contracts/IStudioApi';
import { mountStudio } from '../../ui/entries/mountStudio';
import { graphMessenger, spfxGraph } from '../shared/graphMessenger';
import { ISamenBeterWebPartProps, SamenBeterWebPart } from '../shared/SamenBeterWebPart';

export interface IStudioWebPartProps extends ISamenBeterWebPartProps {
  /** E-mail address or https URL shown to employees who are not (yet) ambassadors. */
  becomeAmbassadorContact: string;
}

// Thin on purpose: SPFx plumbing only. The studio's UI is in src/ui/studio, its data in
// src/data/views/studioApi; the local preview mounts the same entry.
export default class StudioWebPart extends SamenBeterWebPart<IStudioWebPartProps> {
  private api!: StudioApi;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const graph = spfxGraph(this.context);
    this.api = studioApi(this.sp, graphMessenger(graph, this.host), graph);
  }

  protected mount(element: HTMLElement): () => void {
    return mountStudio(element, {
      host: this.host,
      instanceId: this.instanceId,
      api: this.api,
      now: () => new Date(),
      becomeAmbassadorContact: this.properties.becomeAmbassadorContact || '',
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
              groupFields: [PropertyPaneTextField('becomeAmbassadorContact', { label: strings.StudioContactFieldLabel })]
            }
          ]
        }
      ]
    };
  }
}
