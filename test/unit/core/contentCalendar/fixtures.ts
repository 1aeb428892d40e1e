import { fromAmsterdamWallTime } from '../../../../src/core/time/amsterdam';
import { NationalDay, NationalDayRule, NewsPost, PostStatus, VitalTheme, WeeklyTheme, DEFAULT_PILLAR_OF_THEME } from '../../../../src/core/types';

/** A date-time on Amsterdam's wall clock: at('2026-11-10 09:00'). */
export function at(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) {
    throw new Error('bad fixture time ' + text);
  }
  return fromAmsterdamWallTime(+m[1], +m[2], +m[3], +m[4], +m[5]);
}

/** What SharePoint keeps of a page in each status (core/news/postStatus reads it back). */
function versionOf(status: PostStatus, publishAt: Date): Pick<NewsPost, 'version' | 'scheduledAt'> {
  switch (status) {
    case 'draft':
      return { version: '0.1', scheduledAt: null };
    case 'scheduled':
      return { version: '0.2', scheduledAt: publishAt };
    default:
      return { version: '1.0', scheduledAt: null };
  }
}

/**
 * A news page planned, scheduled or published at `publish` (Amsterdam wall time); published
 * unless `extra.status` says otherwise. Other fields of `extra` win over the defaults.
 */
export function post(id: number, publish: string, extra: Partial<NewsPost> & { status?: PostStatus } = {}): NewsPost {
  const { status, ...fields } = extra;
  const publishAt = fields.publishAt || at(publish);
  return {
    id,
    title: 'Bericht ' + id,
    excerpt: 'Tekst',
    pillar: 'Kracht',
    theme: null,
    imageUrl: null,
    publishAt,
    ...versionOf(status || 'published', publishAt),
    nationalDay: null,
    url: `https://gemeente.sharepoint.com/sites/samenbeter/SitePages/bericht-${id}.aspx`,
    modified: at('2026-10-01 12:00'),
    ...fields
  };
}

export function theme(id: number, isoYear: number, isoWeek: number, vital: VitalTheme): WeeklyTheme {
  return {
    id,
    isoYear,
    isoWeek,
    theme: vital,
    pillar: DEFAULT_PILLAR_OF_THEME[vital],
    title: '',
    summary: '',
    tip: '',
    imageUrl: null,
    linkUrl: null
  };
}

export function nationalDay(id: number, title: string, rule: NationalDayRule, extra: Partial<NationalDay> = {}): NationalDay {
  return { id, title, rule, active: true, description: '', ...extra };
}

export const MANTELZORG: NationalDay = nationalDay(1, 'Dag van de Mantelzorg', { kind: 'fixed', month: 11, day: 10 });
/** Week van de werkstress: five days from the 2nd Monday of November (simplified for tests). */
export const WERKSTRESS: NationalDay = nationalDay(2, 'Week van de werkstress', { kind: 'nthWeekday', month: 11, weekday: 1, n: 2 }, { durationDays: 5 });
