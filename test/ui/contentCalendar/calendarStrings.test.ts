import * as fs from 'fs';
import * as path from 'path';

function load(locale: string): { [key: string]: unknown } {
  const source = fs.readFileSync(path.join(__dirname, '../../../src/loc', `${locale}.js`), 'utf8');
  let strings: { [key: string]: unknown } = {};
  // eslint-disable-next-line no-new-func
  new Function('define', source)((_deps: string[], factory: () => { [key: string]: unknown }) => {
    strings = factory();
  });
  return strings;
}

function declaredCalendarKeys(): string[] {
  const source = fs.readFileSync(path.join(__dirname, '../../../src/loc/strings.d.ts'), 'utf8');
  const keys: string[] = [];
  const pattern = /^\s*(Calendar\w+)\s*:\s*string;/gm;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    keys.push(match[1]);
  }
  return keys;
}

describe('Contentkalender strings', () => {
  const nl = load('nl-nl');
  const en = load('en-us');
  const keys = declaredCalendarKeys();

  it('declares the calendar strings', () => {
    expect(keys).toEqual(expect.arrayContaining(['CalendarTitle', 'CalendarStatusDraft', 'CalendarWarningEmptyWeek', 'CalendarReadOnly']));
  });

  it('has a non-empty Dutch and English text for every Calendar key, with the same placeholders', () => {
    for (const key of keys) {
      expect([key, typeof nl[key]]).toEqual([key, 'string']);
      expect([key, typeof en[key]]).toEqual([key, 'string']);
      const placeholders = (text: unknown): string[] => ((text as string).match(/\{\d\}/g) || []).sort();
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(nl[key])]);
      expect([key, (en[key] as string).length > 0 && (nl[key] as string).length > 0]).toEqual([key, true]);
    }
  });
});
