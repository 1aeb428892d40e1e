import {
  amsterdamWallTimeToInstant,
  formExpireAt,
  hasVisibleText,
  NewsPostForm,
  newsPostFormFromInput,
  newsPostInputFromForm,
  validateNewsPostForm
} from '../../../../src/core/news/newsPostForm';
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
    expireDate: '',
    expireTime: '',
    nationalDay: 'Dag van de Mantelzorg',
    approved: true,
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

  it('round-trips a stored post into the form in Amsterdam time', () => {
    const input = newsPostInputFromForm(form({ publishDate: '2026-10-25', publishTime: '09:00', expireDate: '2026-11-01', expireTime: '18:30' }));
    const back = newsPostFormFromInput(input);
    expect(back.publishDate).toBe('2026-10-25');
    expect(back.publishTime).toBe('09:00');
    expect(back.expireDate).toBe('2026-11-01');
    expect(back.expireTime).toBe('18:30');
    expect(back.theme).toBe('mentaal');
  });

  it('expires at 00:00 when only an expiry date is given', () => {
    expect((formExpireAt(form({ expireDate: '2026-11-20' })) as Date).toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(formExpireAt(form())).toBeUndefined();
  });
});

describe('validateNewsPostForm', () => {
  it('passes a complete post and stores trimmed text, null for no image', () => {
    expect(validateNewsPostForm(form(), NOW)).toEqual([]);
    const input = newsPostInputFromForm(form({ title: '  Titel  ', imageUrl: '  ' }));
    expect(input.title).toBe('Titel');
    expect(input.imageUrl).toBeNull();
    expect(input.expireAt).toBeNull();
    expect(input.approved).toBe(true);
  });

  it('requires title, body (visible text), pillar and publish date and time', () => {
    const errors = validateNewsPostForm(form({ title: ' ', bodyHtml: '<p><br></p>&nbsp;', pillar: '', publishDate: '', publishTime: '' }), NOW);
    expect(codes(errors)).toEqual(['title:required', 'body:required', 'pillar:required', 'publishDate:required', 'publishTime:required']);
    expect(hasVisibleText('<p>a</p>')).toBe(true);
  });

  it('limits title and excerpt to 255 UTF-16 code units (an emoji counts as two)', () => {
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

  it('accepts only https image links: javascript:, data: and http: are refused', () => {
    expect(codes(validateNewsPostForm(form({ imageUrl: 'javascript:alert(1)' }), NOW))).toEqual(['imageUrl:urlNotHttps']);
    expect(codes(validateNewsPostForm(form({ imageUrl: 'data:image/png;base64,AAAA' }), NOW))).toEqual(['imageUrl:urlNotHttps']);
    expect(codes(validateNewsPostForm(form({ imageUrl: 'http://example.com/a.png' }), NOW))).toEqual(['imageUrl:urlNotHttps']);
    expect(codes(validateNewsPostForm(form({ imageUrl: 'https://user:pw@evil.example/a.png' }), NOW))).toEqual(['imageUrl:urlInvalid']);
  });

  it('requires the expiry after the publish moment', () => {
    expect(codes(validateNewsPostForm(form({ expireDate: '2026-11-10', expireTime: '09:00' }), NOW))).toEqual(['expire:dateOrder']);
    expect(codes(validateNewsPostForm(form({ expireDate: '2026-11-09', expireTime: '23:00' }), NOW))).toEqual(['expire:dateOrder']);
    expect(validateNewsPostForm(form({ expireDate: '2026-11-10', expireTime: '09:01' }), NOW)).toEqual([]);
    // A time without a date names no moment.
    expect(codes(validateNewsPostForm(form({ expireTime: '12:00' }), NOW))).toEqual(['expireDate:required']);
    expect(codes(validateNewsPostForm(form({ expireDate: '2026-03-29', expireTime: '02:15' }), NOW))).toEqual(['expireTime:timeInvalid']);
  });

  it('allows a publish moment in the past ("publish now"), but not an approved post that has already expired', () => {
    const past = form({ publishDate: '2026-02-01', publishTime: '09:00' });
    expect(validateNewsPostForm(past, NOW)).toEqual([]);
    const expired = form({ publishDate: '2026-02-01', expireDate: '2026-02-15', expireTime: '09:00' });
    expect(codes(validateNewsPostForm(expired, NOW))).toEqual(['expire:dateInPast']);
    // A concept may, and so may an edit of an expired post.
    expect(validateNewsPostForm({ ...expired, approved: false }, NOW)).toEqual([]);
    expect(validateNewsPostForm(expired, NOW, { allowPastExpiry: true })).toEqual([]);
  });

  it('refuses malformed dates and times as typed', () => {
    expect(codes(validateNewsPostForm(form({ publishDate: '10-11-2026', publishTime: '9:00' }), NOW))).toEqual([
      'publishDate:dateInvalid',
      'publishTime:timeInvalid'
    ]);
    expect(codes(validateNewsPostForm(form({ publishTime: '24:00' }), NOW))).toEqual(['publishTime:timeInvalid']);
  });
});
