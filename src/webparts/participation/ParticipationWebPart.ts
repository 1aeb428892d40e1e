import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SamenBeterStrings';
import { ParticipationApi } from '../../data/contracts/IParticipationApi';
import { participationApi } from '../../data/views/participationApi';
import { mountParticipation } from '../../ui/participation/mountParticipation';
import { spfxGraph } from '../shared/graphMessenger';
import { ISamenBeterWebPartProps, SamenBeterWebPart } from '../shared/SamenBeterWebPart';

export type IParticipationWebPartProps = ISamenBeterWebPartProps;

// Thin on purpose: SPFx plumbing only. The dashboard's UI is in src/ui/participation, its data in
// src/data/views/participationApi; the local preview mounts the same entry.
export default class ParticipationWebPart extends SamenBeterWebPart<IParticipationWebPartProps> {
  private api!: ParticipationApi;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // Graph reads the directory (department, office) when a period is computed: User.Read.All.
    this.api = participationApi(this.sp, spfxGraph(this.context));
  }

  protected mount(element: HTMLElement): () => void {
    return mountParticipation(element, {
      host: this.host,
      instanceId: this.instanceId,
      api: this.api,
      now: () => new Date(),
      setup: this.setup
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{ header: { description: strings.ParticipationWebPartDescription }, groups: [] }]
    };
  }
}
