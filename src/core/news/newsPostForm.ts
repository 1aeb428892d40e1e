/**
 * The quick editor of the content calendar for a #SamenBeter news page, as plain values:
 * its conversion to and from NewsPostInput, and every rule it must pass before anything is
 * sent to SharePoint. Errors carry codes; the UI shows them in Dutch next to each field and
 * in a summary.
 *
 * Decisions:
 * - The planned moment is entered as Amsterdam wall time (date + 'HH:mm') and converted
 *   DST-correctly. A time in the spring-forward gap (02:00–02:59 on the last Sunday of March)
 *   does not exist: 'timeInvalid' with params.reason 'nonexistent' instead of silently moving
 *   the post an hour. An autumn time that happens twice (02:00–02:59 on the last Sunday of
 *   October) means the first one (still summer time).
 * - "Concept opslaan" and "Nu publiceren" accept any planned moment (a draft may keep an old
 *   date; publishing now ignores it). "Inplannen" hands the moment to SharePoint's page
 *   scheduling, which only publishes in the future: a moment at or before `now` is refused
 *   ('dateInPast' on the date when the day is over, else on the time).
 * - The page's text is written here only when the page is created. An existing page is
 *   edited further in SharePoint, so its form has no text to check (rules.existingPage).
 * - SharePoint news pages have no expiry: the form has none.
 * - Title, description (excerpt) and image URL are trimmed; an empty image URL is stored as
 *   null. Title and description are plain text: '<script>' is kept as typed and rendered as
 *   text. The description is at most 255 characters (what SharePoint keeps of a page's).
 */
import { amsterdamDateOf, amsterdamInstant, amsterdamWallTime, AmsterdamWallTime } from '../time/amsterdam';
import { CalendarDate, IsoDate, pad, parseIsoDate, toIsoDate } from '../time/calendarDate';
import { ClockTime, parseClockTime } from '../time/clockTime';
import { NOTE_MAX_LENGTH } from '../activities/activityDraft';
import { NewsPost, NewsPostInput, Pillar, VitalTheme, isPillar, isVitalTheme } from '../types';
import { ValidationError, collectErrors, validationError } from '../validation/validationError';
import { httpsUrl, maxLength, required } from '../validation/validators';

export interface NewsPostForm {
  title: string;
  /** The page's first text as the editor produced it (sanitised when written); '' for an existing page. */
  bodyHtml: string;
  /** The page's description (the card text). */
  excerpt: string;
  pillar: Pillar | '';
  theme: VitalTheme | null;
  /** The banner image link. */
  imageUrl: string;
  /** Amsterdam date 'YYYY-MM-DD' and wall time 'HH:mm' of the planned publication. */
  publishDate: string;
  publishTime: string;
  /** Title of the national day the post is written for, or null. */
  nationalDay: string | null;
}

/** What the editor is about to do with the form: the rules differ per action. */
export type NewsPostAction = 'draft' | 'schedule' | 'publishNow';

export interface NewsPostFormRules {
  /** The page exists: its text is edited in SharePoint, the form has none to check. */
  existingPage?: boolean;
  /** 'schedule' refuses a planned moment that is not in the future. Default 'draft'. */
  action?: NewsPostAction;
}

/** The description SharePoint keeps of a page, in UTF-16 code units. */
export const NEWS_EXCERPT_MAX_LENGTH: number = 255;

/** The fields in form order, for sorting errors and the summary. */
export const NEWS_POST_FIELD_ORDER: ReadonlyArray<string> = [
  'title',
  'body',
  'excerpt',
  'pillar',
  'theme',
  'imageUrl',
  'nationalDay',
  'publishDate',
  'publishTime'
];

/** The result of reading an Amsterdam date + time. */
export type WallTimeResult =
  | { kind: 'ok'; instant: Date }
  /** Date or time malformed or missing. */
  | { kind: 'invalid' }
  /** A real date and time that Amsterdam's clock skips (spring-forward gap). */
  | { kind: 'nonexistent' };

/**
 * The instant Amsterdam's clock shows `dateText` `timeText`: DST-correct, the first of two
 * in the autumn overlap, 'nonexistent' in the spring gap.
 */
export function amsterdamWallTimeToInstant(dateText: string, timeText: string): WallTimeResult {
  const date: CalendarDate | null = parseIsoDate(dateText);
  const time: ClockTime | null = parseClockTime(timeText);
  if (!date || !time) {
    return { kind: 'invalid' };
  }
  const instant: Date = amsterdamInstant(date, time);
  // fromAmsterdamWallTime moves a gap time forward; reading it back tells it apart.
  const back: AmsterdamWallTime = amsterdamWallTime(instant);
  if (back.year !== date.year || back.month !== date.month || back.day !== date.day || back.hour !== time.hour || back.minute !== time.minute) {
    return { kind: 'nonexistent' };
  }
  return { kind: 'ok', instant: instant };
}

/** An instant as the Amsterdam date and time the form shows. */
export function amsterdamDateAndTime(instant: Date): { date: IsoDate; time: string } {
  const wall: AmsterdamWallTime = amsterdamWallTime(instant);
  return {
    date: toIsoDate(wall),
    time: pad(wall.hour, 2) + ':' + pad(wall.minute, 2)
  };
}

/**
 * A stored news page as editor input. It has no text here (that lives in the page and is
 * edited in SharePoint), so bodyHtml is ''; publishAt is its publication, scheduled time or
 * planned date (NewsPost.publishAt).
 */
export function newsPostInputOfPost(post: NewsPost): NewsPostInput {
  return {
    title: post.title,
    bodyHtml: '',
    excerpt: post.excerpt,
    pillar: post.pillar,
    theme: post.theme,
    imageUrl: post.imageUrl,
    publishAt: post.publishAt,
    nationalDay: post.nationalDay
  };
}

/** A post (new or stored) as form values. */
export function newsPostFormFromInput(input: NewsPostInput): NewsPostForm {
  const publish: { date: IsoDate; time: string } = amsterdamDateAndTime(input.publishAt);
  return {
    title: input.title,
    bodyHtml: input.bodyHtml || '',
    excerpt: input.excerpt || '',
    pillar: isPillar(input.pillar) ? input.pillar : '',
    theme: isVitalTheme(input.theme) ? input.theme : null,
    imageUrl: input.imageUrl || '',
    publishDate: publish.date,
    publishTime: publish.time,
    nationalDay: input.nationalDay
  };
}

/** The planned instant the form stands for, or null while it is not a valid, existing moment. */
export function formPublishAt(form: NewsPostForm): Date | null {
  const result: WallTimeResult = amsterdamWallTimeToInstant(form.publishDate, form.publishTime);
  return result.kind === 'ok' ? result.instant : null;
}

/**
 * The page to write. Throws RangeError when the form does not pass validateNewsPostForm
 * (call that first): a caller bug, not user input.
 */
export function newsPostInputFromForm(form: NewsPostForm): NewsPostInput {
  const publishAt: Date | null = formPublishAt(form);
  if (!publishAt || !isPillar(form.pillar)) {
    throw new RangeError('newsPostInputFromForm: the form is not valid; validate it first');
  }
  const imageUrl: string = trim(form.imageUrl);
  const nationalDay: string = trim(form.nationalDay);
  return {
    title: trim(form.title),
    bodyHtml: form.bodyHtml,
    excerpt: trim(form.excerpt),
    pillar: form.pillar,
    theme: form.theme,
    imageUrl: imageUrl === '' ? null : imageUrl,
    publishAt: publishAt,
    nationalDay: nationalDay === '' ? null : nationalDay
  };
}

/** Whether rich text has any visible text (tags, &nbsp; and whitespace alone do not count). */
export function hasVisibleText(html: string): boolean {
  const text: string = (html || '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;|\u00a0/gi, ' ')
    .replace(/\s+/g, '');
  return text !== '';
}

/**
 * Problems with the form, on fields 'title', 'body' (new pages only), 'excerpt', 'pillar',
 * 'theme', 'imageUrl', 'publishDate' and 'publishTime'. With action 'schedule' a planned
 * moment at or before `now` is 'dateInPast': on 'publishDate' when that Amsterdam day is
 * over, else on 'publishTime'.
 */
export function validateNewsPostForm(form: NewsPostForm, now: Date, rules?: NewsPostFormRules): ValidationError[] {
  const existingPage: boolean = !!(rules && rules.existingPage);
  const action: NewsPostAction = (rules && rules.action) || 'draft';
  const errors: Array<ValidationError | null> = [
    required('title', form.title),
    maxLength('title', trim(form.title)),
    existingPage || hasVisibleText(form.bodyHtml) ? null : validationError('body', 'required'),
    existingPage ? null : maxLength('body', form.bodyHtml, NOTE_MAX_LENGTH),
    maxLength('excerpt', trim(form.excerpt), NEWS_EXCERPT_MAX_LENGTH),
    isPillar(form.pillar) ? null : validationError('pillar', 'required'),
    form.theme === null || isVitalTheme(form.theme) ? null : validationError('theme', 'notInList'),
    httpsUrl('imageUrl', form.imageUrl),
    maxLength('imageUrl', trim(form.imageUrl)),
    maxLength('nationalDay', trim(form.nationalDay))
  ];

  const publish: WallTimeResult = checkMoment(errors, form.publishDate, form.publishTime);
  if (action === 'schedule' && publish.kind === 'ok' && publish.instant.getTime() <= now.getTime()) {
    const dayOver: boolean = trim(form.publishDate) < toIsoDate(amsterdamDateOf(now));
    errors.push(validationError(dayOver ? 'publishDate' : 'publishTime', 'dateInPast'));
  }
  return collectErrors(errors);
}

function checkMoment(errors: Array<ValidationError | null>, dateText: string, timeText: string): WallTimeResult {
  if (trim(dateText) === '') {
    errors.push(validationError('publishDate', 'required'));
  } else if (!parseIsoDate(dateText)) {
    errors.push(validationError('publishDate', 'dateInvalid'));
  }
  if (trim(timeText) === '') {
    errors.push(validationError('publishTime', 'required'));
  } else if (!parseClockTime(timeText)) {
    errors.push(validationError('publishTime', 'timeInvalid'));
  }
  const result: WallTimeResult = amsterdamWallTimeToInstant(dateText, timeText);
  if (result.kind === 'nonexistent') {
    errors.push(validationError('publishTime', 'timeInvalid', { reason: 'nonexistent' }));
  }
  return result;
}

function trim(value: string | null | undefined): string {
  return (value || '').replace(/^\s+|\s+$/g, '');
}
