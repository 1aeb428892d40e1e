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
  public createDraft(input: NewsPostInput): Promise<number> {
    return guarded(async () => {
      const page = await this.sp.web.addClientsidePage(pageFileName(input.title), input.title, 'Article', PromotedState.PromoteOnPublish);
      page.title = input.title;
      page.description = input.excerpt;
      const html = pageTextHtml(input.bodyHtml);
      if (html) {
        page.addSection().addControl(new ClientsideText(html));
      }
      await page.save(false);
      // The name SharePoint gave the file comes with the id: no second read for the check-in.
      const item = await page.getItem<{ Id: number; FileLeafRef: string }>('Id', 'FileLeafRef');
      await this.tagAndCheckIn(item.Id, item.FileLeafRef, input);
      return item.Id;
    });
  }

  /** Saves title, description, banner and our columns of an existing page as a new draft version. */
  public updateDraft(id: number, input: NewsPostInput): Promise<void> {
    return guarded(async () => {
      const { page, fileName } = await this.load(id);
      page.title = input.title;
      page.description = input.excerpt;
      await page.save(false);
      await this.tagAndCheckIn(id, fileName, input);
    });
  }

  /** SharePoint's page scheduling: the page is published at `at`. */
  public schedule(id: number, at: Date): Promise<void> {
    return guarded(async () => {
      await (await this.load(id)).page.schedulePublish(at);
    });
  }

  /** Publishes the page now: a major version, news from now on. */
  public publishNow(id: number): Promise<void> {
    return guarded(async () => {
      await (await this.load(id)).page.save(true);
    });
  }

  /** To the site's recycle bin (restorable there). */
  public recycle(id: number): Promise<void> {
    return guarded(async () => {
      await sitePagesList(this.sp).items.getById(id).recycle();
    });
  }

  /** The page fresh from SharePoint (so PnPjs knows whether to check it out), with its file name. */
  private async load(id: number): Promise<{ page: IClientsidePage; fileName: string }> {
    const item = await sitePagesList(this.sp).items.getById(id).select('FileLeafRef')<{ FileLeafRef: string }>();
    return { page: await this.sp.web.loadClientsidePage(this.pagePath(item.FileLeafRef)), fileName: item.FileLeafRef };
  }

  private pagePath(fileName: string): string {
    return `${webPath(this.sp)}/SitePages/${fileName}`;
  }

  /** Our columns on the checked-out page, then a check-in as the next minor version. */
  private async tagAndCheckIn(id: number, fileName: string, input: NewsPostInput): Promise<void> {
    await sitePagesList(this.sp).items.getById(id).update(toNewsPageFields(input));
    await this.sp.web.getFileByServerRelativePath(this.pagePath(fileName)).checkin('', CheckinType.Minor);
  }
}

/** Every failure of a page write as the product's DataError (the UI keeps the form and says why). */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toDataError(e, { listTitle: LIBRARY });
  }
}
