import * as fs from 'fs';
import * as path from 'path';

// The loc files are AMD modules (what SPFx ships); evaluate them the way test/stubs/strings.js does.
function load(locale: string): { [key: string]: unknown } {
  const source = fs.readFileSync(path.join(__dirname, '../../../src/loc', `${locale}.js`), 'utf8');
  let strings: { [key: string]: unknown } = {};
  // eslint-disable-next-line no-new-func
  new Function('define', source)((_deps: string[], factory: () => { [key: string]: unknown }) => {
    strings = factory();
  });
  return strings;
}

function declaredKeys(): string[] {
  const source = fs.readFileSync(path.join(__dirname, '../../../src/loc/strings.d.ts'), 'utf8');
  const keys: string[] = [];
  const pattern = /^\s*(\w+)\s*:\s*string;/gm;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    keys.push(match[1]);
  }
  return keys;
}

describe('Vitaliteitsnieuws strings', () => {
  const nl = load('nl-nl');
  const en = load('en-us');
  const newsKeys = declaredKeys().filter((k) => k.indexOf('News') === 0);

  it('declares the News strings', () => {
    expect(newsKeys).toEqual(expect.arrayContaining(['NewsTitle', 'NewsLoadMore', 'NewsLoadedCount', 'NewsEmptyTitle']));
  });

  it('has a Dutch and an English text for every News key', () => {
    for (const key of newsKeys) {
      expect([key, typeof nl[key]]).toEqual([key, 'string']);
      expect([key, typeof en[key]]).toEqual([key, 'string']);
      expect([key, (en[key] as string).length > 0]).toEqual([key, true]);
    }
  });

  it('English has every key Dutch has, and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of declaredKeys()) {
      expect([key, typeof en[key]]).toEqual([key, 'string']);
    }
  });

  it('keeps the placeholders of every News string', () => {
    for (const key of newsKeys) {
      const holes = (s: unknown): string[] => (String(s).match(/\{\d+\}/g) || []).sort();
      expect([key, holes(en[key])]).toEqual([key, holes(nl[key])]);
    }
  });
});
