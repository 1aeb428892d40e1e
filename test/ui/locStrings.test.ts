import * as fs from 'fs';
import * as path from 'path';

// Every UI string, Dutch and English: the loc files are AMD modules (what SPFx ships),
// evaluated the way test/stubs/strings.js does; the *.d.ts files next to them declare the keys.

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

/** The keys declared in src/loc/*.d.ts (one interface per web part). */
function declaredKeys(): string[] {
  const source = fs
    .readdirSync(LOC)
    .filter((f) => /\.d\.ts$/.test(f))
    .map((f) => fs.readFileSync(path.join(LOC, f), 'utf8'))
    .join('\n');
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
        'CalendarTitle', 'CalendarStatusDraft', 'CalendarWarningEmptyWeek', 'CalendarViewMonth'
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

  it('English has every key Dutch has, and nothing else; every text is declared', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(nl).sort()).toEqual(keys.slice().sort());
  });

  it('names each activity shape with one word everywhere: the studio\'s choice and the card say the same', () => {
    for (const strings of [nl, en]) {
      const weekly = (strings.StudioShapeWeekly as string).toLowerCase();
      const series = (strings.StudioShapeProgramme as string).split(' ')[0].toLowerCase();
      expect((strings.ActivitiesSeriesDropIn as string).toLowerCase().indexOf(weekly)).toBe(0);
      expect((strings.ActivitiesSeriesProgramme as string).toLowerCase().indexOf(series)).toBe(0);
    }
  });
});
