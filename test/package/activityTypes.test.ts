// The Teams activity feed types the manifest declares must be exactly the product's
// ACTIVITY_TYPES (src/core/notifications/activityTypes.ts): Graph refuses a notification whose
// activityType the installed app does not declare, and Teams renders the manifest's templateText
// (in the user's language) with the parameters the notifier sends. The packaging scripts cannot
// import TypeScript, so the texts live in teams-manifest/ and this test keeps them in step.
import { ACTIVITY_TYPES } from '../../src/core/notifications/activityTypes';
import { buildTeamsApp, type TeamsApp } from '../../scripts/packaging/teams-app.mjs';
import { ROOT } from './fixture';

interface ManifestActivityType {
  type: string;
  description: string;
  templateText: string;
}

/** The {parameters} of a template text, sorted. */
const placeholders = (text: string): string[] => (text.match(/\{[^{}]+\}/g) ?? []).map((p) => p.slice(1, -1)).sort();

describe('Teams activity feed types in the Teams app', () => {
  let app: TeamsApp;
  let declared: ManifestActivityType[];
  beforeAll(() => {
    app = buildTeamsApp(ROOT);
    declared = app.manifest.activities?.activityTypes ?? [];
  });

  it('declares every ACTIVITY_TYPES type, in the same order, and nothing else', () => {
    expect(declared.map((a) => a.type)).toEqual(ACTIVITY_TYPES.map((a) => a.type));
    expect(app.activityTypes).toEqual(ACTIVITY_TYPES.map((a) => a.type));
    // Graph reserves systemDefault; it must not be declared (Graph docs, "Reserved activity types").
    expect(declared.map((a) => a.type)).not.toContain('systemDefault');
  });

  it('has the descriptions of ACTIVITY_TYPES', () => {
    declared.forEach((a, i) => expect([a.type, a.description]).toEqual([a.type, ACTIVITY_TYPES[i].description]));
  });

  it('speaks Dutch in manifest.json and nl-nl.json (the default language) and English in en-us.json', () => {
    const nl = app.languageFiles['nl-nl.json'];
    const en = app.languageFiles['en-us.json'];
    expect(app.manifest.localizationInfo.defaultLanguageTag).toBe('nl-nl');
    ACTIVITY_TYPES.forEach((def, i) => {
      const key = `activities.activityTypes[${i}]`;
      expect([def.type, declared[i].templateText]).toEqual([def.type, def.templateText.nl]);
      expect([def.type, nl[`${key}.templateText`]]).toEqual([def.type, def.templateText.nl]);
      expect([def.type, en[`${key}.templateText`]]).toEqual([def.type, def.templateText.en]);
      expect([def.type, nl[`${key}.description`]]).toEqual([def.type, def.description]);
      expect([def.type, en[`${key}.description`]]).toEqual([def.type, def.description]);
    });
    // No translation for a type that is not declared.
    for (const file of [nl, en]) {
      const indexes = Object.keys(file)
        .map((k) => /^activities\.activityTypes\[(\d+)\]/.exec(k))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => Number(m[1]));
      for (const index of indexes) expect(index).toBeLessThan(ACTIVITY_TYPES.length);
    }
  });

  it('uses in each language exactly the parameters the notifier sends ({actor} is filled by Teams)', () => {
    for (const def of ACTIVITY_TYPES) {
      for (const lang of ['en', 'nl'] as const) {
        const used = placeholders(def.templateText[lang]).filter((p) => p !== 'actor');
        expect([def.type, lang, used]).toEqual([def.type, lang, [...def.parameters].sort()]);
      }
      // Both languages name the same people: with {actor} in one, it is in the other.
      expect([def.type, placeholders(def.templateText.en)]).toEqual([def.type, placeholders(def.templateText.nl)]);
    }
  });

  it('stays within the manifest schema limits (type 64, description and templateText 128 characters)', () => {
    for (const def of ACTIVITY_TYPES) {
      expect(def.type.length).toBeLessThanOrEqual(64);
      expect(def.description.length).toBeLessThanOrEqual(128);
      expect(def.templateText.en.length).toBeLessThanOrEqual(128);
      expect(def.templateText.nl.length).toBeLessThanOrEqual(128);
    }
  });
});
