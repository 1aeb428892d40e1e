import { isPillar, isVitalTheme, NewsPost, NewsPostInput } from '../../core/types';
import { readDate, readText, readUrl, writeDate, writeUrl } from './fieldValues';

/**
 * A #SamenBeter news page as a list item of Site Pages: SharePoint's page fields (PnP Core SDK
 * PageConstants: Description, BannerImageUrl, FirstPublishedDate, PromotedState,
 * _PublishStartDate) and our columns (schema: sitePages).
 */
export const NEWS_PAGE_SELECT = [
  'Id',
  'Title',
  'Description',
  'BannerImageUrl',
  'FileLeafRef',
  'SbPillar',
  'SbTheme',
  'SbNationalDay',
  'SbPlannedFor',
  'FirstPublishedDate',
  'OData__UIVersionString',
  'OData__PublishStartDate',
  'Modified'
];

export interface NewsPageItem {
  Id: number;
  Title: string | null;
  Description: string | null;
  BannerImageUrl: unknown;
  FileLeafRef: string;
  SbPillar: string | null;
  SbTheme: string | null;
  SbNationalDay: string | null;
  SbPlannedFor: string | null;
  FirstPublishedDate: string | null;
  OData__UIVersionString: string | null;
  OData__PublishStartDate?: string | null;
  Modified: string;
}

/** SharePoint writes "never" as the year 1 in some page fields; treat anything before 2000 as unset. */
function realDate(value: string | null | undefined): Date | null {
  const date = readDate(value || null);
  return date && date.getUTCFullYear() >= 2000 ? date : null;
}

/** `webUrl`: the site's absolute URL ('https://…/sites/stella'). */
export function toNewsPost(item: NewsPageItem, webUrl: string): NewsPost {
  const version = readText(item.OData__UIVersionString) || '0.1';
  const scheduledAt = realDate(item.OData__PublishStartDate);
  const published = realDate(item.FirstPublishedDate);
  const planned = realDate(item.SbPlannedFor);
  const publishedVersion = parseInt(version, 10) >= 1;
  return {
    id: item.Id,
    title: readText(item.Title),
    excerpt: readText(item.Description),
    pillar: isPillar(item.SbPillar) ? item.SbPillar : 'Samen',
    theme: isVitalTheme(item.SbTheme) ? item.SbTheme : null,
    imageUrl: readUrl(item.BannerImageUrl),
    publishAt: (publishedVersion && published) || scheduledAt || planned || published || readDate(item.Modified) || new Date(0),
    version,
    scheduledAt: publishedVersion ? null : scheduledAt,
    nationalDay: item.SbNationalDay ? item.SbNationalDay : null,
    url: `${webUrl}/SitePages/${encodeURIComponent(item.FileLeafRef).replace(/%2F/g, '/')}`,
    modified: readDate(item.Modified) || new Date(0)
  };
}

/** Our columns and the banner, written on the page's list item (the page text goes through the page API). */
export function toNewsPageFields(input: NewsPostInput): Record<string, unknown> {
  return {
    SbNewsPost: true,
    SbPillar: input.pillar,
    SbTheme: input.theme,
    SbNationalDay: input.nationalDay,
    SbPlannedFor: writeDate(input.publishAt),
    BannerImageUrl: writeUrl(input.imageUrl)
  };
}
