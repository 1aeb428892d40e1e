// One version number: package.json (x.y.z) -> package-solution.json (x.y.z.0, solution and
// features) and the Teams manifest (x.y.z); CHANGELOG.md has an entry for it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTeamsApp } from '../../scripts/packaging/teams-app.mjs';
import { checkVersions, sourceVersion, syncVersions, versionPlaces } from '../../scripts/packaging/versions.mjs';
import { ROOT, makeProject } from './fixture';

const component = { id: 'bbbbbbbb-0000-4000-8000-000000000001', alias: 'Theme', supportedHosts: ['TeamsPersonalApp'] };

describe('versions of this repository', () => {
  it('are in step with package.json, and CHANGELOG.md has an entry for it', () => {
    expect(checkVersions(ROOT).problems).toEqual([]);
  });

  it('package.json is x.y.z; package-solution.json has x.y.z.0 for the solution and every feature', () => {
    const version = sourceVersion(ROOT);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const ps = JSON.parse(readFileSync(path.join(ROOT, 'config/package-solution.json'), 'utf8'));
    expect(ps.solution.version).toBe(`${version}.0`);
    expect(ps.solution.features.length).toBeGreaterThan(0);
    for (const feature of ps.solution.features) expect(feature.version).toBe(`${version}.0`);
    expect(versionPlaces(ROOT).places.map((p) => p.where)).toEqual(
      expect.arrayContaining([expect.stringMatching(/solution\.version/), expect.stringMatching(/features\[0\]/), expect.stringMatching(/teams-manifest/)])
    );
  });

  it('the Teams manifest gets package.json\'s version', () => {
    expect(buildTeamsApp(ROOT).manifest.version).toBe(sourceVersion(ROOT));
  });
});

describe('version check and sync', () => {
  it('reports a solution or feature version that disagrees, and sync-version fixes it', () => {
    const project = makeProject({ version: '2.4.6', solutionVersion: '2.4.5.0', featureVersion: '1.0.0.0', components: [component] });
    try {
      const before = checkVersions(project.root).problems;
      expect(before).toHaveLength(2);
      expect(before.join('\n')).toMatch(/solution\.version is "2\.4\.5\.0", expected "2\.4\.6\.0"/);
      expect(before.join('\n')).toMatch(/features\[0\]\.version .* is "1\.0\.0\.0"/);

      expect(syncVersions(project.root).changed).toHaveLength(2);
      expect(checkVersions(project.root).problems).toEqual([]);
      const ps = JSON.parse(readFileSync(path.join(project.root, 'config/package-solution.json'), 'utf8'));
      expect(ps.solution.version).toBe('2.4.6.0');
      expect(ps.solution.features[0].version).toBe('2.4.6.0');
      expect(ps.paths).toEqual({ zippedPackage: 'solution/fixture.sppkg' }); // the rest is kept
      expect(syncVersions(project.root).changed).toEqual([]); // second run: nothing to do
    } finally {
      project.cleanup();
    }
  });

  it('reports a missing CHANGELOG entry', () => {
    const project = makeProject({ version: '3.0.0', components: [component], changelog: '# Changelog\n\n## [2.9.0] - 2026-01-01\n' });
    try {
      expect(checkVersions(project.root).problems).toEqual(['CHANGELOG.md has no "## [3.0.0]" entry']);
    } finally {
      project.cleanup();
    }
  });

  it('rejects versions SharePoint cannot carry', () => {
    for (const version of ['1.0', '1.0.0-rc.1', '01.2.3', '1.2.70000']) {
      const project = makeProject({ version, components: [component] });
      try {
        expect(() => sourceVersion(project.root)).toThrow(/package\.json: version/);
      } finally {
        project.cleanup();
      }
    }
  });
});
