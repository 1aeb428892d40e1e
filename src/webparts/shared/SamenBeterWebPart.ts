import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { spForSpfx, SPFI } from '../../data/sp/spFactory';
import { lazySetupApi } from '../../data/views/lazySetupApi';
import { resolveDataSiteUrl } from '../../data/sp/dataSite';
import { ISetupApi } from '../../data/contracts/ISetupApi';
import { HostInfo } from '../../ui/host/hostTypes';
import { readHostInfo } from './readHostInfo';

/**
 * What every #SamenBeter web part needs from SPFx: PnPjs on the site with our lists, the host
 * (SharePoint or Teams, and its theme, re-rendering on a theme switch), the set-up API
 * for site owners, and unmounting. Subclasses only mount their entry in `mount`.
 */
/** Every web part may name the site that holds the lists (else the tenant property, else its own site). */
export interface ISamenBeterWebPartProps {
  dataSiteUrl?: string;
}

export abstract class SamenBeterWebPart<TProps extends ISamenBeterWebPartProps> extends BaseClientSideWebPart<TProps> {
  protected sp!: SPFI;
  protected host!: HostInfo;
  protected setup!: ISetupApi;
  private unmount: (() => void) | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const siteUrl = await resolveDataSiteUrl(spForSpfx(this.context), this.properties.dataSiteUrl, window.localStorage);
    this.sp = spForSpfx(this.context, siteUrl);
    this.setup = lazySetupApi(this.sp);
    this.host = await readHostInfo(this.context, this, (host) => {
      this.host = host;
      this.render();
    });
  }

  /** Renders the web part's entry into `element`; returns its unmount. */
  protected abstract mount(element: HTMLElement): () => void;

  public render(): void {
    this.unmount = this.mount(this.domElement);
  }

  protected onDispose(): void {
    if (this.unmount) {
      this.unmount();
    }
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
