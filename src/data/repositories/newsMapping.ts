import { isPillar, isVitalTheme, NewsPost, NewsPostInput } from '../../core/types';
import { readDate, readText, readUrl, writeDate, writeUrl } from './fieldValues';

/** SharePoint's approval status ("_ModerationStatus", JSON name OData__ModerationStatus). */
export const APPROVED = 0;

export const NEWS_SELECT = [
  'Id',
  'Title',
  'SbBody',
  'SbExcerpt',
  'SbPillar',
  'SbTheme',
  'SbImageUrl',
  'PublishingStartDate',
  'PublishingExpirationDate',
  'SbNationalDay',
  'OData__ModerationStatus',
  'Modified'
];

export interface NewsItem {
  Id: number;
  Title: string | null;
  SbBody: string | null;
  SbExcerpt: string | null;
  SbPillar: string | null;
  SbTheme: string | null;
  SbImageUrl: unknown;
  PublishingStartDate: string | null;
  PublishingExpirationDate: string | null;
  SbNationalDay: string | null;
  /** 0 approved, 1 rejected, 2 pending, 3 draft, 4 scheduled (approved, start time ahead). */
  OData__ModerationStatus?: number;
  Modified: string;
  'odata.etag'?: string;
}

export function toNewsPost(item: NewsItem): NewsPost {
  const status = item.OData__ModerationStatus;
  return {
    id: item.Id,
    title: readText(item.Title),
    bodyHtml: readText(item.SbBody),
    excerpt: readText(item.SbExcerpt),
    pillar: isPillar(item.SbPillar) ? item.SbPillar : 'Samen',
    theme: isVitalTheme(item.SbTheme) ? item.SbTheme : null,
    imageUrl: readUrl(item.SbImageUrl),
    publishAt: readDate(item.PublishingStartDate) || new Date(0),
    expireAt: readDate(item.PublishingExpirationDate),
    // Approved (0) and Scheduled (4) are both approved; everything else is still a concept.
    approved: status === undefined || status === APPROVED || status === 4,
    nationalDay: item.SbNationalDay ? item.SbNationalDay : null,
    modified: readDate(item.Modified) || new Date(0)
  };
}

/** The list item body of a post; the approval is set separately (ValidateUpdateListItem). */
export function toNewsItem(input: NewsPostInput): Record<string, unknown> {
  return {
    Title: input.title,
    SbBody: input.bodyHtml,
    SbExcerpt: input.excerpt,
    SbPillar: input.pillar,
    SbTheme: input.theme,
    SbImageUrl: writeUrl(input.imageUrl),
    PublishingStartDate: writeDate(input.publishAt),
    PublishingExpirationDate: writeDate(input.expireAt),
    SbNationalDay: input.nationalDay
  };
}
