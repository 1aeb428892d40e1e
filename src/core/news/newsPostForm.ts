/**
 * The news post form of the content calendar as plain values, its conversion to and from
 * NewsPostInput, and every rule it must pass before anything is sent to SharePoint.
 * Errors carry codes; the UI shows them in Dutch next to each field and in a summary.
 *
 * Decisions:
 * - Publish and expiry moments are entered as Amsterdam wall time (date + 'HH:mm') and
 *   converted DST-correctly. A time in the spring-forward gap (02:00–02:59 on the last
 *   Sunday of March) does not exist: 'timeInvalid' with params.reason 'nonexistent'
 *   instead of silently moving the post an hour. An autumn time that happens twice
 *   (02:00–02:59 on the last Sunday of October) means the first one (still summer time).
 * - A publish moment in the past is allowed, also for an approved post: it simply means
 *   "publish now" (the post is visible at once; the editor labels the button "Publiceren").
 *   Editing an older post must keep its original publish moment, so there is no lower bound.
 * - An expiry date without a time expires at 00:00 of that date (the post is not shown on
 *   that day). A time without a date is an error on the date.
 * - An approved post that would already be expired is refused ('dateInPast' on 'expire'),
 *   unless the rules allow past expiry (editing a post that has expired).
 * - Title, excerpt and image URL are trimmed; an empty image URL is stored as null. Title
 *   and excerpt are plain text: '<script>' is kept as typed and rendered as text.
 */
import { amsterdamInstant, amsterdamWallTime, AmsterdamWallTime } from '../time/amsterdam';
import { CalendarDate, IsoDate, pad, parseIsoDate, toIsoDate } from '../time/calendarDate';
import { ClockTime, parseClockTime, toClockTimeString } from '../time/clockTime';
import { NOTE_MAX_LENGTH } from '../activities/activityDraft';
import { NewsPostInput, Pillar, VitalTheme, isPillar, isVitalTheme } from '../types';
import { ValidationError, collectErrors, validationError } from '../validation/validationError';
import { httpsUrl, maxLength, required } from '../validation/validators';

export interface NewsPostForm {
  title: string;
  /** Rich text as the editor produced it (sanitised when shown). */
  bodyHtml: string;
  excerpt: string;
  pillar: Pillar | '';
  theme: VitalTheme | null;
  imageUrl: string;
  /** Amsterdam date 'YYYY-MM-DD' and wall time 'HH:mm'. */
  publishDate: string;
  publishTime: string;
  /** Both empty = never expires. */
  expireDate: string;
  expireTime: string;
  nationalDay: string | null;
  approved: boolean;
}

export interface NewsPostFormRules {
  /** Allow an expiry moment that has already passed (editing an expired post). */
  allowPastExpiry?: boolean;
}

/** The fields in form order, for sorting errors and the summary. */
export const NEWS_POST_FIELD_ORDER: ReadonlyArray<string> = [
  'title',
  'body',
  'excerpt',
  'pillar',
  'theme',
  'imageUrl',
  'publishDate',
  'publishTime',
  'expireDate',
  'expireTime',
  'expire'
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

/** A post (new or stored) as form values. */
export function newsPostFormFromInput(input: NewsPostInput): NewsPostForm {
  const publish: { date: IsoDate; time: string } = amsterdamDateAndTime(input.publishAt);
  const expire: { date: IsoDate; time: string } | null = input.expireAt ? amsterdamDateAndTime(input.expireAt) : null;
  return {
    title: input.title,
    bodyHtml: input.bodyHtml || '',
    excerpt: input.excerpt || '',
    pillar: isPillar(input.pillar) ? input.pillar : '',
    theme: isVitalTheme(input.theme) ? input.theme : null,
    imageUrl: input.imageUrl || '',
    publishDate: publish.date,
    publishTime: publish.time,
    expireDate: expire ? expire.date : '',
    expireTime: expire ? expire.time : '',
    nationalDay: input.nationalDay,
    approved: input.approved
  };
}

/** The publish instant the form stands for, or null while it is not a valid, existing moment. */
export function formPublishAt(form: NewsPostForm): Date | null {
  const result: WallTimeResult = amsterdamWallTimeToInstant(form.publishDate, form.publishTime);
  return result.kind === 'ok' ? result.instant : null;
}

/** The expiry instant: undefined when not set, null when set but invalid or nonexistent. */
export function formExpireAt(form: NewsPostForm): Date | undefined | null {
  if (trim(form.expireDate) === '' && trim(form.expireTime) === '') {
    return undefined;
  }
  const result: WallTimeResult = amsterdamWallTimeToInstant(form.expireDate, form.expireTime || toClockTimeString({ hour: 0, minute: 0 }));
  return result.kind === 'ok' ? result.instant : null;
}

/**
 * The post to store. Throws RangeError when the form does not pass validateNewsPostForm
 * (call that first): a caller bug, not user input.
 */
export function newsPostInputFromForm(form: NewsPostForm): NewsPostInput {
  const publishAt: Date | null = formPublishAt(form);
  const expireAt: Date | undefined | null = formExpireAt(form);
  if (!publishAt || expireAt === null || !isPillar(form.pillar)) {
    throw new RangeError('newsPostInputFromForm: the form is not valid; validate it first');
  }
  const imageUrl: string = trim(form.imageUrl);
  return {
    title: trim(form.title),
    bodyHtml: form.bodyHtml,
    excerpt: trim(form.excerpt),
    pillar: form.pillar,
    theme: form.theme,
    imageUrl: imageUrl === '' ? null : imageUrl,
    publishAt: publishAt,
    expireAt: expireAt === undefined ? null : expireAt,
    approved: form.approved,
    nationalDay: form.nationalDay
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
 * Problems with the form, on fields 'title', 'body', 'excerpt', 'pillar', 'imageUrl',
 * 'publishDate', 'publishTime', 'expireDate', 'expireTime' and 'expire' (the order of the
 * two moments / an approved post that is already expired).
 */
export function validateNewsPostForm(form: NewsPostForm, now: Date, rules?: NewsPostFormRules): ValidationError[] {
  const errors: Array<ValidationError | null> = [
    required('title', form.title),
    maxLength('title', trim(form.title)),
    hasVisibleText(form.bodyHtml) ? null : validationError('body', 'required'),
    maxLength('body', form.bodyHtml, NOTE_MAX_LENGTH),
    maxLength('excerpt', trim(form.excerpt)),
    isPillar(form.pillar) ? null : validationError('pillar', 'required'),
    form.theme === null || isVitalTheme(form.theme) ? null : validationError('theme', 'notInList'),
    httpsUrl('imageUrl', form.imageUrl),
    maxLength('imageUrl', trim(form.imageUrl))
  ];

  const publish: WallTimeResult = checkMoment(errors, 'publishDate', 'publishTime', form.publishDate, form.publishTime, true);

  let expire: WallTimeResult | undefined;
  if (trim(form.expireDate) !== '' || trim(form.expireTime) !== '') {
    expire = checkMoment(errors, 'expireDate', 'expireTime', form.expireDate, form.expireTime || '00:00', false);
  }

  if (expire && expire.kind === 'ok') {
    if (publish.kind === 'ok' && expire.instant.getTime() <= publish.instant.getTime()) {
      errors.push(validationError('expire', 'dateOrder', { otherField: 'publish' }));
    } else if (form.approved && !(rules && rules.allowPastExpiry) && expire.instant.getTime() <= now.getTime()) {
      errors.push(validationError('expire', 'dateInPast'));
    }
  }
  return collectErrors(errors);
}

function checkMoment(
  errors: Array<ValidationError | null>,
  dateField: string,
  timeField: string,
  dateText: string,
  timeText: string,
  isRequired: boolean
): WallTimeResult {
  const dateMissing: boolean = trim(dateText) === '';
  const timeMissing: boolean = trim(timeText) === '';
  if (dateMissing) {
    // An expiry time without a date names no moment: the date is what is missing.
    errors.push(isRequired || !timeMissing ? validationError(dateField, 'required') : null);
  } else if (!parseIsoDate(dateText)) {
    errors.push(validationError(dateField, 'dateInvalid'));
  }
  if (timeMissing) {
    errors.push(isRequired ? validationError(timeField, 'required') : null);
  } else if (!parseClockTime(timeText)) {
    errors.push(validationError(timeField, 'timeInvalid'));
  }
  const result: WallTimeResult = amsterdamWallTimeToInstant(dateText, timeText);
  if (result.kind === 'nonexistent') {
    errors.push(validationError(timeField, 'timeInvalid', { reason: 'nonexistent' }));
  }
  return result;
}

function trim(value: string | null | undefined): string {
  return (value || '').replace(/^\s+|\s+$/g, '');
}
