import { extractWebUrl, SPFI, SPQueryable, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { isHttpStatus } from '../errors/httpStatus';
import { RETIRED_NEWS_LIST_TITLE } from '../schema/lists';
import { SitePagesDef } from '../schema/schemaTypes';
import { sitePagesList } from '../sp/sitePagesList';
import type { StepRunner } from './provision';

interface SitePagesSettings {
  Id: string;
  Title: string;
  EnableVersioning: boolean;
  EnableMinorVersions: boolean;
  DraftVersionVisibility: number;
}

/** Created on the library when page scheduling is switched on (PnP Core SDK PageConstants). */
const PUBLISH_START_FIELD = '_PublishStartDate';

/**
 * Site Pages as news needs it (docs/news-pages.md):
 * - major and minor versions, so "Concept opslaan" makes a minor version and "Publiceren" a
 *   major one (SP.List EnableVersioning / EnableMinorVersions);
 * - draft item security "only users who can edit items" (DraftVersionVisibility 1,
 *   DraftVisibilityType.Author): employees see the last published version and nothing of a
 *   draft or a scheduled page, on any endpoint;
 * - page scheduling, switched on the way PnP PowerShell's Enable-PnPPageScheduling does it:
 *   POST _api/sitepages/pagesinlib(guid'<library id>')/setscheduling(true)
 *   (pnp/powershell src/Commands/Pages/EnablePageScheduling.cs). Whether it is on is read from
 *   the `_PublishStartDate` column it adds (pnp/powershell#3447: where that column is missing,
 *   scheduling does not work, so the set-up switches it on again).
 * The library's permissions stay as they are: who edits the intranet's pages edits the news.
 */
export async function ensureSitePages(sp: SPFI, def: SitePagesDef, runner: StepRunner): Promise<{ id: string; title: string }> {
  const library = sitePagesList(sp);
  const info = await library.select('Id', 'Title', 'EnableVersioning', 'EnableMinorVersions', 'DraftVersionVisibility')<SitePagesSettings>();
  if (!info.EnableVersioning || !info.EnableMinorVersions || info.DraftVersionVisibility !== def.draftVisibility) {
    await runner.run(
      { kind: 'versions', target: info.Title, detail: `EnableVersioning, EnableMinorVersions, DraftVersionVisibility ${def.draftVisibility}` },
      () => sp.web.lists.getById(info.Id).update({ EnableVersioning: true, EnableMinorVersions: true, DraftVersionVisibility: def.draftVisibility })
    );
  }
  const scheduling = await sp.web.lists.getById(info.Id).fields.select('InternalName').filter(`InternalName eq '${PUBLISH_START_FIELD}'`)<{ InternalName: string }[]>();
  if (scheduling.length === 0) {
    await runner.run({ kind: 'scheduling', target: info.Title, detail: 'page scheduling on' }, () =>
      // Rebased on the web's URL (as PnPjs clientside-pages builds its page API calls).
      spPost(SPQueryable([sp.web, extractWebUrl(sp.web.toUrl())], `_api/sitepages/pagesinlib(guid'${info.Id}')/setscheduling(true)`))
    );
  }
  return { id: info.Id, title: info.Title };
}

/**
 * A development site set up with schema 3 has the list "SamenBeter Nieuws", which SharePoint
 * could never schedule. Its posts are not moved (they never shipped); the set-up says so and
 * leaves the list for an owner to delete.
 */
export async function reportRetiredNewsList(sp: SPFI, runner: StepRunner): Promise<void> {
  try {
    const list = await sp.web.lists.getByTitle(RETIRED_NEWS_LIST_TITLE).select('ItemCount')<{ ItemCount: number }>();
    runner.findings.push({ kind: 'retired', target: RETIRED_NEWS_LIST_TITLE, detail: String(list.ItemCount) });
  } catch (e) {
    if (!isHttpStatus(e, 404)) {
      throw e;
    }
  }
}
