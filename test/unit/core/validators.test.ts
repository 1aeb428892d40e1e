import {
  clockTime,
  collectErrors,
  dateOrder,
  firstErrorFor,
  httpsUrl,
  isoDate,
  maxLength,
  numberInRange,
  required,
  SHAREPOINT_TEXT_MAX_LENGTH,
  timeOrder,
  ValidationError,
  wholeNumberAtLeast
} from '../../../src/core';

const code = (error: ValidationError | null): string | null => (error ? error.code : null);

describe('required', () => {
  it.each([[null], [undefined], [''], ['   \n\t'], [NaN], [new Date('nope')], [[]]])('rejects %p', (value) => {
    expect(required('title', value as never)).toEqual({ field: 'title', code: 'required', params: {} });
  });

  it.each([['Lunchwandeling'], [0], [false], [new Date('2026-11-24T12:00:00Z')], [['2026-11-24']]])('accepts %p', (value) => {
    expect(required('title', value as never)).toBeNull();
  });
});

describe('maxLength', () => {
  it('defaults to SharePoint text columns (255)', () => {
    expect(SHAREPOINT_TEXT_MAX_LENGTH).toBe(255);
    expect(maxLength('title', 'a'.repeat(255))).toBeNull();
    expect(maxLength('title', 'a'.repeat(256))).toEqual({ field: 'title', code: 'maxLength', params: { max: 255, length: 256 } });
  });

  it('counts UTF-16 code units: an emoji outside the BMP counts 2', () => {
    const runner = '\u{1F3C3}'; // 🏃 is one character but two code units
    expect(maxLength('title', 'a'.repeat(253) + runner)).toBeNull(); // 255 units
    expect(maxLength('title', 'a'.repeat(254) + runner)?.params).toEqual({ max: 255, length: 256 });
    expect(maxLength('title', 'é'.repeat(255))).toBeNull(); // precomposed é is one unit
  });

  it('takes a custom limit and ignores missing values', () => {
    expect(code(maxLength('tip', 'abcdef', 5))).toBe('maxLength');
    expect(maxLength('tip', 'abcde', 5)).toBeNull();
    expect(maxLength('tip', null)).toBeNull();
    expect(maxLength('tip', undefined, 3)).toBeNull();
  });
});

describe('httpsUrl', () => {
  it.each([
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
    'https://gemeentemaastricht.sharepoint.com/sites/Stella/SitePages/SamenBeter.aspx',
    'HTTPS://365vitaal.nl',
    'https://www.365vitaal.nl:443/thema?week=48#tip',
    'https://bücher.example/pad',
    '  https://stella.example.nl/  '
  ])('accepts %s', (url: string) => {
    expect(httpsUrl('linkUrl', url)).toBeNull();
  });

  it.each([
    ['http://365vitaal.nl', 'http'],
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:alert(document.cookie)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['ftp://files.example.nl/x', 'ftp'],
    ['mailto:vitaliteit@maastricht.nl', 'mailto']
  ])('rejects %s as not https', (url: string, scheme: string) => {
    expect(httpsUrl('linkUrl', url)).toEqual({ field: 'linkUrl', code: 'urlNotHttps', params: { scheme } });
  });

  it.each([
    'java\tscript:alert(1)',
    'https://exa mple.nl',
    'https://example.nl/a b',
    'https://user:pass@evil.example',
    'https://intranet@evil.example/',
    'https:example.nl',
    'https:/example.nl',
    'https://',
    'https:///pad',
    'https://-bad-.nl',
    'https://example..nl',
    'https://example.nl\\@evil.example',
    '//example.nl/pad',
    '/sites/Stella/plaatje.png',
    'www.365vitaal.nl',
    'https://example.nl\u0000'
  ])('rejects malformed %p', (url: string) => {
    expect(code(httpsUrl('linkUrl', url))).toBe('urlInvalid');
  });

  it('lets empty values through (required decides)', () => {
    expect(httpsUrl('linkUrl', '')).toBeNull();
    expect(httpsUrl('linkUrl', '   ')).toBeNull();
    expect(httpsUrl('linkUrl', null)).toBeNull();
  });
});

describe('wholeNumberAtLeast', () => {
  it.each([[1], [12], ['12'], [' 40 '], [1000000]])('accepts %p', (value) => {
    expect(wholeNumberAtLeast('capacity', value as number | string)).toBeNull();
  });

  it.each([[0], [-3], [1.5], ['1.5'], ['1e3'], ['+3'], ['0x10'], ['twaalf'], [Infinity], [NaN], ['0']])('rejects %p', (value) => {
    expect(wholeNumberAtLeast('capacity', value as number | string)).toEqual({ field: 'capacity', code: 'wholeNumberMin', params: { min: 1 } });
  });

  it('honours a custom minimum and ignores empty input (null = unlimited)', () => {
    expect(wholeNumberAtLeast('durationDays', 0, 0)).toBeNull();
    expect(wholeNumberAtLeast('n', 4, 5)?.params).toEqual({ min: 5 });
    expect(wholeNumberAtLeast('capacity', null)).toBeNull();
    expect(wholeNumberAtLeast('capacity', '')).toBeNull();
  });
});

describe('dateOrder', () => {
  const start = new Date('2026-11-24T11:15:00Z');
  const before = new Date('2026-11-24T11:14:59Z');

  it('accepts the later value after (or, by default, equal to) the earlier one', () => {
    expect(dateOrder('start', before, start)).toBeNull();
    expect(dateOrder('start', start, new Date(start.getTime()))).toBeNull();
    expect(dateOrder('end', '2026-11-24', '2026-11-25')).toBeNull();
  });

  it('reports the later field with the other field named', () => {
    expect(dateOrder('expireAt', start, before, { otherField: 'publishAt' })).toEqual({
      field: 'expireAt',
      code: 'dateOrder',
      params: { otherField: 'publishAt' }
    });
    expect(code(dateOrder('end', '2026-11-25', '2026-11-24'))).toBe('dateOrder');
    expect(code(dateOrder('end', '2026-12-31', '2027-01-01'))).toBeNull();
  });

  it('can forbid equal values', () => {
    expect(code(dateOrder('expireAt', start, new Date(start.getTime()), { allowEqual: false }))).toBe('dateOrder');
  });

  it('leaves missing or invalid values to other validators', () => {
    expect(dateOrder('end', null, start)).toBeNull();
    expect(dateOrder('end', start, undefined)).toBeNull();
    expect(dateOrder('end', new Date('x'), start)).toBeNull();
    expect(dateOrder('end', '2026-02-30', '2026-01-01')).toBeNull();
  });

  it('refuses to compare a calendar date with an instant', () => {
    expect(() => dateOrder('end', '2026-11-24', start)).toThrow(TypeError);
  });
});

describe('timeOrder, isoDate, clockTime, numberInRange', () => {
  it('wants the end time strictly after the start time by default', () => {
    expect(timeOrder('endTime', '12:15', '13:00')).toBeNull();
    expect(code(timeOrder('endTime', '12:15', '12:15'))).toBe('timeOrder');
    expect(timeOrder('endTime', '12:15', '12:15', { allowEqual: true })).toBeNull();
    expect(timeOrder('endTime', '13:00', '09:00', { otherField: 'startTime' })?.params).toEqual({ otherField: 'startTime' });
    expect(timeOrder('endTime', '25:00', '09:00')).toBeNull();
  });

  it('checks date and time strings', () => {
    expect(isoDate('date', '2026-11-24')).toBeNull();
    expect(code(isoDate('date', '24-11-2026'))).toBe('dateInvalid');
    expect(code(isoDate('date', '2026-02-29'))).toBe('dateInvalid');
    expect(isoDate('date', '')).toBeNull();
    expect(clockTime('startTime', '07:45')).toBeNull();
    expect(code(clockTime('startTime', '7:45'))).toBe('timeInvalid');
    expect(code(clockTime('startTime', '24:00'))).toBe('timeInvalid');
  });

  it('checks number ranges', () => {
    expect(numberInRange('month', 12, 1, 12)).toBeNull();
    expect(numberInRange('month', 13, 1, 12)).toEqual({ field: 'month', code: 'outOfRange', params: { min: 1, max: 12 } });
    expect(code(numberInRange('month', 2.5, 1, 12))).toBe('outOfRange');
    expect(numberInRange('month', null, 1, 12)).toBeNull();
  });
});

describe('collectErrors / firstErrorFor', () => {
  it('keeps only failures, in order, and finds the first per field', () => {
    const errors = collectErrors([
      required('title', ''),
      maxLength('title', 'ok'),
      httpsUrl('imageUrl', 'http://x.nl'),
      wholeNumberAtLeast('capacity', 0)
    ]);
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(['title:required', 'imageUrl:urlNotHttps', 'capacity:wholeNumberMin']);
    expect(firstErrorFor(errors, 'imageUrl')?.params).toEqual({ scheme: 'http' });
    expect(firstErrorFor(errors, 'location')).toBeUndefined();
  });
});
