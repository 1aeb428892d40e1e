import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SamenBeterStrings';
import { ContentCalendarApi } from '../../data/contracts/IContentCalendarApi';
import { contentCalendarApi } from '../../data/views/contentCalendarApi';
import { mountContentCalendar } from '../../ui/entries/mountContentCalendar';
import { ISamenBeterWebPartProps, SamenBeterWebPart } from '../shared/SamenBeterWebPart';

export type IContentCalendarWebPartProps = ISamenBeterWebPartProps;

// Thin on purpose: SPFx plumbing only. The calendar's UI is in src/ui/contentCalendar, its data
// in src/data/views/contentCalendarApi; the local preview mounts the same entry.
export default class ContentCalendarWebPart extends SamenBeterWebPart<IContentCalendarWebPartProps> {
  private api!: ContentCalendarApi;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.api = contentCalendarApi(this.sp);
  }

  protected mount(element: HTMLElement): () => void {
    return mountContentCalendar(element, {
      host: this.host,
      instanceId: this.instanceId,
      api: this.api,
      now: () => new Date(),
      setup: this.setup
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: []
        }
      ]
    };
  }
}
