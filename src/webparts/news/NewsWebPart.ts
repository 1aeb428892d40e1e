import {
  IPropertyPaneConfiguration,
  PropertyPaneChoiceGroup,
  PropertyPaneDropdown,
  PropertyPaneSlider,
  PropertyPaneToggle
} from '@microsoft/sp-property-pane';
import * as strings from 'SamenBeterStrings';
import { isPillar } from '../../core/types';
import { NewsApi } from '../../data/contracts/INewsApi';
import { newsApi } from '../../data/views/newsApi';
import { mountNews } from '../../ui/entries/mountNews';
import { ISamenBeterWebPartProps, SamenBeterWebPart } from '../shared/SamenBeterWebPart';

export interface INewsWebPartProps extends ISamenBeterWebPartProps {
  pageSize: number;
  /** '' = all pillars. */
  pillarPreset: string;
  layout: string;
  showFilter: boolean;
}

// Thin on purpose: SPFx plumbing only. Everything the user sees is in src/ui, every
// SharePoint call in src/data; the local preview mounts the same entry.
export default class NewsWebPart extends SamenBeterWebPart<INewsWebPartProps> {
  private api!: NewsApi;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.api = newsApi(this.sp);
  }

  protected mount(element: HTMLElement): () => void {
    const preset = this.properties.pillarPreset;
    return mountNews(element, {
      host: this.host,
      instanceId: this.instanceId,
      api: this.api,
      pageSize: this.properties.pageSize || 6,
      pillarPreset: isPillar(preset) ? preset : null,
      layout: this.properties.layout === 'grid' ? 'grid' : 'list',
      showFilter: this.properties.showFilter !== false,
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
                PropertyPaneSlider('pageSize', { label: strings.NewsPageSizeFieldLabel, min: 1, max: 20, step: 1 }),
                PropertyPaneDropdown('pillarPreset', {
                  label: strings.NewsPillarPresetFieldLabel,
                  options: [
                    { key: '', text: strings.NewsPillarPresetAll },
                    { key: 'Kracht', text: strings.PillarKracht },
                    { key: 'Samen', text: strings.PillarSamen },
                    { key: 'Beter', text: strings.PillarBeter }
                  ]
                }),
                PropertyPaneChoiceGroup('layout', {
                  label: strings.NewsLayoutFieldLabel,
                  options: [
                    { key: 'list', text: strings.NewsLayoutList },
                    { key: 'grid', text: strings.NewsLayoutGrid }
                  ]
                }),
                PropertyPaneToggle('showFilter', { label: strings.NewsShowFilterFieldLabel })
              ]
            }
          ]
        }
      ]
    };
  }
}
