import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { renderListsDoc } from '../../src/data/schema/renderListsDoc';
import { SCHEMA } from '../../src/data/schema/lists';

const DOC = path.resolve(__dirname, '../../docs/lists.md');

describe('docs/lists.md', () => {
  it('is exactly what the schema generates (regenerate with UPDATE_DOCS=1)', () => {
    const expected = renderListsDoc(SCHEMA);
    if (process.env.UPDATE_DOCS === '1') {
      writeFileSync(DOC, expected);
    }
    expect(existsSync(DOC)).toBe(true);
    expect(readFileSync(DOC, 'utf8')).toBe(expected);
  });

  it('documents every list and every field', () => {
    const doc = renderListsDoc(SCHEMA);
    for (const list of SCHEMA.lists) {
      expect(doc).toContain(`## ${list.title}`);
      for (const field of list.fields) {
        expect(doc).toContain(`\`${field.name}\``);
      }
    }
    for (const field of SCHEMA.sitePages.fields) {
      expect(doc).toContain(`| \`${field.name}\` |`);
    }
    expect(doc).toContain(`DraftVersionVisibility ${SCHEMA.sitePages.draftVisibility}`);
  });
});

describe('the schema itself', () => {
  it('keeps SharePoint limits: ≤ 20 indexes per list, text ≤ 255, unique internal names', () => {
    for (const list of SCHEMA.lists) {
      const names = list.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      expect(list.fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
      for (const f of list.fields) {
        // Ours are prefixed Sb; SharePoint's scheduling fields must keep their own names.
        expect(f.name).toMatch(/^(Sb[A-Za-z0-9]+|PublishingStartDate|PublishingExpirationDate)$/);
        if (f.kind === 'Text') {
          expect(f.maxLength).toBeGreaterThan(0);
          expect(f.maxLength).toBeLessThanOrEqual(255);
        }
        if (f.kind === 'Lookup') {
          expect(SCHEMA.lists.map((l) => l.key)).toContain(f.lookupList);
        }
      }
    }
  });
});
