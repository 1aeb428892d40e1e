import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'SamenBeterStrings';
import { spForSpfx, SPFI } from '../../data/sp/spFactory';
import { themeOfWeekLoader } from '../../data/views/themeOfWeekLoader';
import { lazySetupApi } from '../../data/views/lazySetupApi';
import { HostInfo } from '../../ui/host/hostTypes';
import { mountThemeOfWeek } from '../../ui/entries/mountThemeOfWeek';
import { readHostInfo } from '../shared/readHostInfo';

export interface IThemeOfWeekWebPartProps {
  planningUrl: string;
  showPlanningLink: boolean;
}

// Thin on purpose: SPFx plumbing only. Everything the user sees is in src/ui, every
// SharePoint call in src/data; the local preview mounts the same entry.
export default class ThemeOfWeekWebPart extends BaseClientSideWebPart<IThemeOfWeekWebPartProps> {
  private sp!: SPFI;
  private host!: HostInfo;
  private unmount: (() => void) | undefined;
  private load!: ReturnType<typeof themeOfWeekLoader>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.sp = spForSpfx(this.context);
    this.load = themeOfWeekLoader(this.sp);
    this.host = await readHostInfo(this.context, this, (host) => {
      this.host = host;
      this.render();
    });
  }

  public render(): void {
    this.unmount = mountThemeOfWeek(this.domElement, {
      host: this.host,
      instanceId: this.instanceId,
      load: this.load,
      now: () => new Date(),
      setup: lazySetupApi(this.sp),
      planningUrl: this.properties.showPlanningLink ? this.properties.planningUrl : undefined
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
