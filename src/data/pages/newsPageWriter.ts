import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/clientside-pages';
import { CheckinType } from '@pnp/sp/files';
import { ClientsideText, IClientsidePage, PromotedState } from '@pnp/sp/clientside-pages';
import { pageFileName, pageTextHtml } from '../../core/news/pageText';
import { NewsPostInput } from '../../core/types';
import { toDataError } from '../errors/toDataError';
import { toNewsPageFields } from '../repositories/newsPageMapping';
import { sitePagesList, webPath } from '../sp/sitePagesList';

const LIBRARY = 'Site Pages';

/**
 * Writes #SamenBeter news pages through SharePoint's page API, the way its page editor does,
 * with PnPjs clientside-pages (docs/news-pages.md lists every call and its source):
 * - a draft is created checked out (`POST _api/sitepages/pages`), filled (`savepage`), tagged
 *   (our columns on its list item) and checked in as a minor version (`CheckIn`, Minor): only
 *   people who can edit see it (draft item security);
 * - "Inplannen" is `SchedulePublish`: SharePoint publishes the page at that time;
 * - "Nu publiceren" is `publish`: a major version, promoted to news on publication.
 * Every page is loaded fresh before a change, so PnPjs knows whether it must check it out.
 * Lives in its own chunk (lazyNewsPageWriter): only Communications ever load it.
 */
export class NewsPageWriter {
  public constructor(private readonly sp: SPFI) {}

  /** Creates a draft news page; returns its list item id. */
  public async createDraft(input: NewsPostInput): Promise<number> {
    try {
      const page = await this.sp.web.addClientsidePage(pageFileName(input.title), input.title, 'Article', PromotedState.PromoteOnPublish);
      page.title = input.title;
      page.description = input.excerpt;
      const html = pageTextHtml(input.bodyHtml);
      if (html) {
        page.addSection().addControl(new ClientsideText(html));
      }
      await page.save(false);
      const id = (await page.getItem<{ Id: number }>('Id')).Id;
      await this.tagAndCheckIn(id, input);
      return id;
    } catch (e) {
      throw toDataError(e, { listTitle: LIBRARY });
    }
  }

  /** Saves title, description, banner and our columns of an existing page as a new draft version. */
  public async updateDraft(id: number, input: NewsPostInput): Promise<void> {
    try {
      const page = await this.load(id);
      page.title = input.title;
      page.description = input.excerpt;
      await page.save(false);
      await this.tagAndCheckIn(id, input);
    } catch (e) {
      throw toDataError(e, { listTitle: LIBRARY });
    }
  }

  /** SharePoint's page scheduling: the page is published at `at`. */
  public async schedule(id: number, at: Date): Promise<void> {
    try {
      const page = await this.load(id);
      await page.schedulePublish(at);
    } catch (e) {
      throw toDataError(e, { listTitle: LIBRARY });
    }
  }

  /** Publishes the page now: a major version, news from now on. */
  public async publishNow(id: number): Promise<void> {
    try {
      const page = await this.load(id);
      await page.save(true);
    } catch (e) {
      throw toDataError(e, { listTitle: LIBRARY });
    }
  }

  /** To the site's recycle bin (restorable there). */
  public async recycle(id: number): Promise<void> {
    try {
      await sitePagesList(this.sp).items.getById(id).recycle();
    } catch (e) {
      throw toDataError(e, { listTitle: LIBRARY });
    }
  }

  private async load(id: number): Promise<IClientsidePage> {
    const item = await sitePagesList(this.sp).items.getById(id).select('FileLeafRef')<{ FileLeafRef: string }>();
    return this.sp.web.loadClientsidePage(this.pagePath(item.FileLeafRef));
  }

  private pagePath(fileName: string): string {
    return `${webPath(this.sp)}/SitePages/${fileName}`;
  }

  /** Our columns on the checked-out page, then a check-in as the next minor version. */
  private async tagAndCheckIn(id: number, input: NewsPostInput): Promise<void> {
    const item = sitePagesList(this.sp).items.getById(id);
    await item.update(toNewsPageFields(input));
    const { FileLeafRef } = await item.select('FileLeafRef')<{ FileLeafRef: string }>();
    await this.sp.web.getFileByServerRelativePath(this.pagePath(FileLeafRef)).checkin('', CheckinType.Minor);
  }
}
