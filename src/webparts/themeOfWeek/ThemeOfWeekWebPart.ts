import { IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'SamenBeterStrings';
import { themeOfWeekLoader } from '../../data/views/themeOfWeekLoader';
import { mountThemeOfWeek } from '../../ui/entries/mountThemeOfWeek';
import { ISamenBeterWebPartProps, SamenBeterWebPart } from '../shared/SamenBeterWebPart';

export interface IThemeOfWeekWebPartProps extends ISamenBeterWebPartProps {
  planningUrl: string;
  showPlanningLink: boolean;
}

// Thin on purpose: SPFx plumbing only. Everything the user sees is in src/ui, every
// SharePoint call in src/data; the local preview mounts the same entry.
export default class ThemeOfWeekWebPart extends SamenBeterWebPart<IThemeOfWeekWebPartProps> {
  private load!: ReturnType<typeof themeOfWeekLoader>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.load = themeOfWeekLoader(this.sp);
  }

  protected mount(element: HTMLElement): () => void {
    return mountThemeOfWeek(element, {
      host: this.host,
      instanceId: this.instanceId,
      load: this.load,
      now: () => new Date(),
      setup: this.setup,
      planningUrl: this.properties.showPlanningLink ? this.properties.planningUrl : undefined
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
                PropertyPaneTextField('planningUrl', { label: strings.PlanningUrlFieldLabel }),
                PropertyPaneToggle('showPlanningLink', { label: strings.ShowPlanningLinkFieldLabel })
              ]
            }
          ]
        }
      ]
    };
  }
}
