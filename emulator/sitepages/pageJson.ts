// SP.Publishing.SitePage as `_api/sitepages/pages(n)` answers it. Property names: SharePoint
// Online $metadata (koltyakov/sp-metadata EntityTypes/SitePage.md, SitePageMetadata.md) and
// what PnPjs clientside-pages reads (Id, Title, CanvasContent1, LayoutWebpartsContent,
// BannerImageUrl, Description, IsPageCheckedOutToCurrentUser, VersionInfo, AuthorByline,
// TopicHeader). Unverified: the exact values of Url/AbsoluteUrl and VersionInfo for a page
// that was never published (PnPjs treats an empty LastVersionCreatedBy as "never published").
import type { RequestContext } from '../routes/context';
import { SITE_PATH } from '../routes/context';
import type { Row } from '../store/database';
import { CHECKOUT_USER, FILE_LEAF_REF, PUBLISH_START, SITE_PAGES_FOLDER, UI_VERSION } from './library';
import { versionLabel } from './versions';

type Json = Record<string, unknown>;

const NEVER = '0001-01-01T08:00:00Z';

function urlValue(stored: unknown): string | null {
  if (typeof stored !== 'string' || stored === '') return null;
  try {
    return String((JSON.parse(stored) as { Url?: string }).Url ?? '') || null;
  } catch {
    return null;
  }
}

export function pageUrl(row: Row): string {
  return `${SITE_PAGES_FOLDER}/${String(row[FILE_LEAF_REF] ?? '')}`;
}

export function pageJson(ctx: RequestContext, row: Row, major: Row | undefined, canEdit: boolean): Json {
  const id = Number(row.Id);
  const url = pageUrl(row);
  const lastPublisher = major ? ctx.store.principals.byId(Number(major.Editor)) : undefined;
  return {
    'odata.type': 'SP.Publishing.SitePage',
    'odata.id': `${ctx.siteUrl}/_api/SitePages/Pages(${id})`,
    'odata.editLink': `SitePages/Pages(${id})`,
    AbsoluteUrl: `${ctx.siteUrl}/${url}`,
    AuthorByline: null,
    BannerImageUrl: urlValue(row.BannerImageUrl),
    CanvasContent1: row.CanvasContent1 ?? '[]',
    Description: row.Description ?? null,
    DoesUserHaveEditPermission: canEdit,
    FileName: String(row[FILE_LEAF_REF] ?? ''),
    FirstPublished: row.FirstPublishedDate ?? NEVER,
    Id: id,
    IsPageCheckedOutToCurrentUser: row[CHECKOUT_USER] !== null && Number(row[CHECKOUT_USER]) === ctx.user.id,
    IsWebWelcomePage: false,
    LayoutWebpartsContent: row.LayoutWebpartsContent ?? '[]',
    Modified: row.Modified,
    PageLayoutType: row.PageLayoutType ?? 'Article',
    Path: { DecodedUrl: `${SITE_PATH}/${url}` },
    PromotedState: Number(row.PromotedState ?? 0),
    PublishStartDate: row[PUBLISH_START] ?? null,
    Title: row.Title ?? '',
    TopicHeader: null,
    UniqueId: row.GUID,
    Url: url,
    Version: versionLabel(Number(row[UI_VERSION] ?? 0)),
    VersionInfo: {
      LastVersionCreated: major ? major.Modified : NEVER,
      LastVersionCreatedBy: lastPublisher ? lastPublisher.loginName : ''
    }
  };
}
