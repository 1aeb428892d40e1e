import * as fs from 'fs';
import * as path from 'path';

// Every UI string, Dutch and English: the loc files are AMD modules (what SPFx ships),
// evaluated the way test/stubs/strings.js does; strings.d.ts declares the keys.

const LOC = path.join(__dirname, '../../src/loc');

function load(locale: string): { [key: string]: unknown } {
  const source = fs.readFileSync(path.join(LOC, `${locale}.js`), 'utf8');
  let strings: { [key: string]: unknown } = {};
  // eslint-disable-next-line no-new-func
  new Function('define', source)((_deps: string[], factory: () => { [key: string]: unknown }) => {
    strings = factory();
  });
  return strings;
}

function declaredKeys(): string[] {
  const source = fs.readFileSync(path.join(LOC, 'strings.d.ts'), 'utf8');
  const keys: string[] = [];
  const pattern = /^\s*(\w+)\s*:\s*string;/gm;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    keys.push(match[1]);
  }
  return keys;
}

const placeholders = (text: unknown): string[] => (String(text).match(/\{\d+\}/g) || []).sort();

describe('UI strings (nl-NL and en-US)', () => {
  const nl = load('nl-nl');
  const en = load('en-us');
  const keys = declaredKeys();

  it('declares the strings of every web part', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'NewsTitle', 'NewsLoadMore', 'NewsLoadedCount', 'NewsEmptyTitle',
        'CalendarTitle', 'CalendarStatusDraft', 'CalendarWarningEmptyWeek', 'CalendarReadOnly'
      ])
    );
  });

  it('has a non-empty Dutch and English text for every declared key, with the same placeholders', () => {
    for (const key of keys) {
      expect([key, typeof nl[key]]).toEqual([key, 'string']);
      expect([key, typeof en[key]]).toEqual([key, 'string']);
      expect([key, (en[key] as string).length > 0 && (nl[key] as string).length > 0]).toEqual([key, true]);
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(nl[key])]);
    }
  });

  it('English has every key Dutch has, and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
});
