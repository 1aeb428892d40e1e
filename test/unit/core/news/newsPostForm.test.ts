import {
  amsterdamWallTimeToInstant,
  hasVisibleText,
  NewsPostForm,
  newsPostFormFromInput,
  newsPostInputFromForm,
  newsPostInputOfPost,
  validateNewsPostForm
} from '../../../../src/core/news/newsPostForm';
import { NewsPost } from '../../../../src/core/types';
import { ValidationError } from '../../../../src/core/validation/validationError';

const NOW = new Date('2026-03-01T10:00:00Z');

function form(patch?: Partial<NewsPostForm>): NewsPostForm {
  return {
    title: 'Dag van de Mantelzorg',
    bodyHtml: '<p>Zorg ook voor jezelf.</p>',
    excerpt: 'Aandacht voor collega\'s die mantelzorger zijn.',
    pillar: 'Samen',
    theme: 'mentaal',
    imageUrl: 'https://intranet.example/beeld.jpg',
    publishDate: '2026-11-10',
    publishTime: '09:00',
    nationalDay: 'Dag van de Mantelzorg',
    ...patch
  };
}

function codes(errors: ValidationError[]): string[] {
  return errors.map((e) => `${e.field}:${e.code}`);
}

describe('newsPostForm: Amsterdam wall time', () => {
  it('converts across the spring DST change: 29 March 2026 09:00 is 07:00Z (summer time)', () => {
    expect(newsPostInputFromForm(form({ publishDate: '2026-03-29', publishTime: '09:00' })).publishAt.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    // The day before is still winter time.
    expect(newsPostInputFromForm(form({ publishDate: '2026-03-28', publishTime: '09:00' })).publishAt.toISOString()).toBe('2026-03-28T08:00:00.000Z');
  });

  it('converts across the autumn DST change: 25 October 2026 09:00 is 08:00Z (winter time)', () => {
    expect(newsPostInputFromForm(form({ publishDate: '2026-10-25', publishTime: '09:00' })).publishAt.toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('accepts leap day 2028-02-29 and refuses 2027-02-29', () => {
    expect(newsPostInputFromForm(form({ publishDate: '2028-02-29' })).publishAt.toISOString()).toBe('2028-02-29T08:00:00.000Z');
    expect(codes(validateNewsPostForm(form({ publishDate: '2027-02-29' }), NOW))).toEqual(['publishDate:dateInvalid']);
  });

  it('refuses a time in the spring-forward gap instead of moving the post', () => {
    expect(amsterdamWallTimeToInstant('2026-03-29', '02:30')).toEqual({ kind: 'nonexistent' });
    const errors = validateNewsPostForm(form({ publishDate: '2026-03-29', publishTime: '02:30' }), NOW);
    expect(errors).toEqual([{ field: 'publishTime', code: 'timeInvalid', params: { reason: 'nonexistent' } }]);
    expect(() => newsPostInputFromForm(form({ publishDate: '2026-03-29', publishTime: '02:30' }))).toThrow(RangeError);
    // 03:00 exists again.
    expect(validateNewsPostForm(form({ publishDate: '2026-03-29', publishTime: '03:00' }), NOW)).toEqual([]);
  });

  it('takes the first of the two autumn 02:30s (still summer time)', () => {
    const result = amsterdamWallTimeToInstant('2026-10-25', '02:30');
    expect(result.kind === 'ok' && result.instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips a post into the form in Amsterdam time', () => {
    const input = newsPostInputFromForm(form({ publishDate: '2026-10-25', publishTime: '09:00' }));
    const back = newsPostFormFromInput(input);
    expect(back.publishDate).toBe('2026-10-25');
    expect(back.publishTime).toBe('09:00');
    expect(back.theme).toBe('mentaal');
    expect(back.nationalDay).toBe('Dag van de Mantelzorg');
    expect(back).not.toHaveProperty('expireDate');
  });
});

describe('newsPostInputOfPost', () => {
  it('starts the editor of an existing page without text (that is edited in SharePoint)', () => {
    const page: NewsPost = {
      id: 12,
      title: 'Beweegweek',
      excerpt: 'Doe mee',
      pillar: 'Kracht',
      theme: 'fysiek',
      imageUrl: 'https://intranet.example/banner.jpg',
      publishAt: new Date('2026-12-08T08:00:00Z'),
      version: '0.3',
      scheduledAt: new Date('2026-12-08T08:00:00Z'),
      nationalDay: null,
      url: 'https://gemeente.sharepoint.com/sites/samenbeter/SitePages/Beweegweek.aspx',
      modified: new Date('2026-11-01T10:00:00Z')
    };
    expect(newsPostInputOfPost(page)).toEqual({
      title: 'Beweegweek',
      bodyHtml: '',
      excerpt: 'Doe mee',
      pillar: 'Kracht',
      theme: 'fysiek',
      imageUrl: 'https://intranet.example/banner.jpg',
      publishAt: new Date('2026-12-08T08:00:00Z'),
      nationalDay: null
    });
    // Without text the form passes for the existing page, not for a new one.
    const asForm = newsPostFormFromInput(newsPostInputOfPost(page));
    expect(validateNewsPostForm(asForm, NOW, { existingPage: true })).toEqual([]);
    expect(codes(validateNewsPostForm(asForm, NOW))).toEqual(['body:required']);
  });
});

describe('validateNewsPostForm', () => {
  it('passes a complete post and stores trimmed text, null for no image or national day', () => {
    expect(validateNewsPostForm(form(), NOW)).toEqual([]);
    const input = newsPostInputFromForm(form({ title: '  Titel  ', imageUrl: '  ', nationalDay: null }));
    expect(input.title).toBe('Titel');
    expect(input.imageUrl).toBeNull();
    expect(input.nationalDay).toBeNull();
    expect(Object.keys(input).sort()).toEqual(['bodyHtml', 'excerpt', 'imageUrl', 'nationalDay', 'pillar', 'publishAt', 'theme', 'title']);
  });

  it('requires title, body (visible text, new pages only), pillar and publish date and time', () => {
    const empty = form({ title: ' ', bodyHtml: '<p><br></p>&nbsp;', pillar: '', publishDate: '', publishTime: '' });
    expect(codes(validateNewsPostForm(empty, NOW))).toEqual(['title:required', 'body:required', 'pillar:required', 'publishDate:required', 'publishTime:required']);
    expect(codes(validateNewsPostForm(empty, NOW, { existingPage: true }))).toEqual(['title:required', 'pillar:required', 'publishDate:required', 'publishTime:required']);
    expect(hasVisibleText('<p>a</p>')).toBe(true);
  });

  it('limits title and description to 255 UTF-16 code units (an emoji counts as two)', () => {
    expect(validateNewsPostForm(form({ title: 'x'.repeat(255), excerpt: 'y'.repeat(255) }), NOW)).toEqual([]);
    const errors = validateNewsPostForm(form({ title: 'x'.repeat(256), excerpt: '🏃'.repeat(128) }), NOW);
    expect(errors).toEqual([
      { field: 'title', code: 'maxLength', params: { max: 255, length: 256 } },
      { field: 'excerpt', code: 'maxLength', params: { max: 255, length: 256 } }
    ]);
  });

  it('keeps <script>, quotes and emoji in the title as plain text', () => {
    const title = `<script>alert(1)</script> 't Hof "🏃‍♀️"`;
    expect(validateNewsPostForm(form({ title }), NOW)).toEqual([]);
    expect(newsPostInputFromForm(form({ title })).title).toBe(title);
  });

  it('accepts only https banner links: javascript:, data: and http: are refused', () => {
    expect(codes(validateNewsPostForm(form({ imageUrl: 'javascript:alert(1)' }), NOW))).toEqual(['imageUrl:urlNotHttps']);
    expect(codes(validateNewsPostForm(form({ imageUrl: 'data:image/png;base64,AAAA' }), NOW))).toEqual(['imageUrl:urlNotHttps']);
    expect(codes(validateNewsPostForm(form({ imageUrl: 'http://example.com/a.png' }), NOW))).toEqual(['imageUrl:urlNotHttps']);
    expect(codes(validateNewsPostForm(form({ imageUrl: 'https://user:pw@evil.example/a.png' }), NOW))).toEqual(['imageUrl:urlInvalid']);
  });

  it('refuses malformed dates and times as typed', () => {
    expect(codes(validateNewsPostForm(form({ publishDate: '10-11-2026', publishTime: '9:00' }), NOW))).toEqual([
      'publishDate:dateInvalid',
      'publishTime:timeInvalid'
    ]);
    expect(codes(validateNewsPostForm(form({ publishTime: '24:00' }), NOW))).toEqual(['publishTime:timeInvalid']);
  });
});

describe('validateNewsPostForm: the planned moment per action', () => {
  // Sunday 1 March 2026, 11:00 in Amsterdam (CET).
  const today = (time: string): NewsPostForm => form({ publishDate: '2026-03-01', publishTime: time });

  it('lets a draft and "publish now" keep a moment in the past', () => {
    const past = form({ publishDate: '2026-02-01', publishTime: '09:00' });
    expect(validateNewsPostForm(past, NOW)).toEqual([]);
    expect(validateNewsPostForm(past, NOW, { action: 'draft' })).toEqual([]);
    expect(validateNewsPostForm(past, NOW, { action: 'publishNow' })).toEqual([]);
  });

  it('refuses to schedule a moment that has passed: on the date when the day is over, else on the time', () => {
    expect(validateNewsPostForm(form({ publishDate: '2026-02-27', publishTime: '18:00' }), NOW, { action: 'schedule' })).toEqual([
      { field: 'publishDate', code: 'dateInPast', params: {} }
    ]);
    expect(validateNewsPostForm(today('10:59'), NOW, { action: 'schedule' })).toEqual([{ field: 'publishTime', code: 'dateInPast', params: {} }]);
    // Exactly now is not ahead either; a minute later is.
    expect(codes(validateNewsPostForm(today('11:00'), NOW, { action: 'schedule' }))).toEqual(['publishTime:dateInPast']);
    expect(validateNewsPostForm(today('11:01'), NOW, { action: 'schedule' })).toEqual([]);
  });

  it('reports a malformed moment once, not also as past', () => {
    expect(codes(validateNewsPostForm(form({ publishDate: '2026-02-30' }), NOW, { action: 'schedule' }))).toEqual(['publishDate:dateInvalid']);
  });
});
