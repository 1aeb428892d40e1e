// The component manifests listed in config/config.json: the source of the .sppkg contents
// and of the Teams tabs. Whatever web parts get added, these must hold.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GUID, loadComponents, localized, parseJsonc } from '../../scripts/packaging/components.mjs';
import { ROOT } from './fixture';

const KNOWN_HOSTS = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp', 'TeamsMeetingApp', 'TeamsMessagingExtension', 'OutlookMessagingExtension', 'OutlookPage'];

describe('component manifests in config/config.json', () => {
  const components = loadComponents(ROOT);
  const solution = JSON.parse(readFileSync(path.join(ROOT, 'config/package-solution.json'), 'utf8')).solution as {
    id: string;
    features: Array<{ id: string }>;
  };

  it('lists at least one component, each with a manifest file', () => {
    expect(components.length).toBeGreaterThan(0);
    for (const c of components) expect(c.manifestPath).toMatch(/\.manifest\.json$/);
  });

  it('every component has a GUID id, unique across components, the solution and its features', () => {
    const ids = components.map((c) => c.id.toLowerCase());
    for (const c of components) expect([c.manifestPath, GUID.test(c.id)]).toEqual([c.manifestPath, true]);
    expect(new Set(ids).size).toBe(ids.length);
    const packageIds = [solution.id, ...solution.features.map((f) => f.id)].map((id) => id.toLowerCase());
    for (const id of ids) expect(packageIds).not.toContain(id);
  });

  it('every alias is unique and supportedHosts only names known hosts', () => {
    const aliases = components.map((c) => c.alias);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const c of components) {
      expect(c.supportedHosts.length).toBeGreaterThan(0);
      for (const host of c.supportedHosts) expect([c.alias, KNOWN_HOSTS.includes(host)]).toEqual([c.alias, true]);
    }
  });

  it('components in Teams have a title for their tab (Dutch and English)', () => {
    for (const c of components.filter((x) => x.supportedHosts.some((h) => h.startsWith('Teams')))) {
      expect([c.alias, localized(c.title, 'en-US')]).toEqual([c.alias, expect.any(String)]);
      expect([c.alias, localized(c.title, 'nl-NL')]).toEqual([c.alias, expect.any(String)]);
      expect((localized(c.title, 'nl-NL') ?? '').length).toBeLessThanOrEqual(128);
    }
  });

  it('manifests may carry comments, like the ones the SPFx generator writes', () => {
    expect(parseJsonc('{\n  // the "*" means: package.json\'s version\n  "version": "*", /* block */ "url": "https://x//y"\n}')).toEqual({
      version: '*',
      url: 'https://x//y'
    });
  });
});

describe('product ids used for Teams deep links', () => {
  it('match the solution id and the Activiteiten component id', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ids = require('../../src/ui/host/productIds');
    const solution = JSON.parse(require('fs').readFileSync(require('path').resolve(__dirname, '../../config/package-solution.json'), 'utf8'));
    const manifest = JSON.parse(
      require('fs').readFileSync(require('path').resolve(__dirname, '../../src/webparts/activities/ActivitiesWebPart.manifest.json'), 'utf8')
    );
    expect(ids.TEAMS_APP_ID).toBe(solution.solution.id);
    expect(ids.ACTIVITIES_COMPONENT_ID).toBe(manifest.id);
  });
});
