// A throw-away SPFx project in a temp folder: the real Teams template, strings and icons,
// with package.json, config/*.json and component manifests chosen by the test.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface FixtureComponent {
  id: string;
  alias: string;
  supportedHosts: string[];
  title?: Record<string, string>;
  componentType?: string;
  bundle?: string;
}

export interface FixtureOptions {
  version?: string;
  solutionVersion?: string;
  featureVersion?: string;
  components: FixtureComponent[];
  changelog?: string;
  /** Extra keys merged into the template's `_generator`. */
  generator?: Record<string, unknown>;
}

export const SOLUTION_ID = '11111111-2222-4333-8444-555555555555';
export const FEATURE_ID = '66666666-7777-4888-9999-000000000000';

export function makeProject(options: FixtureOptions): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'samenbeter-pkg-'));
  const write = (file: string, content: unknown): void => {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  };
  const version = options.version ?? '1.2.3';
  write('package.json', { name: 'fixture', version });
  const bundles: Record<string, { components: Array<{ entrypoint: string; manifest: string }> }> = {};
  for (const c of options.components) {
    const manifest = `./src/webparts/${c.alias}/${c.alias}.manifest.json`;
    const bundle = c.bundle ?? `${c.alias.toLowerCase()}-bundle`;
    (bundles[bundle] ??= { components: [] }).components.push({ entrypoint: `./lib/webparts/${c.alias}.js`, manifest });
    write(manifest, {
      id: c.id,
      alias: c.alias,
      componentType: c.componentType ?? 'WebPart',
      version: '*',
      manifestVersion: 2,
      supportedHosts: c.supportedHosts,
      preconfiguredEntries: [{ title: c.title ?? { default: `${c.alias} (en)`, 'nl-NL': `${c.alias} (nl)` } }]
    });
  }
  write('config/config.json', { version: '2.0', bundles, localizedResources: { FixtureStrings: 'lib/loc/{locale}.js' } });
  write('src/loc/nl-nl.js', 'define([], function () { return {}; });\n');
  write('src/loc/en-us.js', 'define([], function () { return {}; });\n');
  write('config/package-solution.json', {
    solution: {
      name: 'fixture',
      id: SOLUTION_ID,
      version: options.solutionVersion ?? `${version}.0`,
      developer: {
        name: 'Fixture',
        websiteUrl: 'https://example.org',
        privacyUrl: 'https://example.org/privacy',
        termsOfUseUrl: 'https://example.org/terms'
      },
      features: [{ title: 'Fixture feature', id: FEATURE_ID, version: options.featureVersion ?? `${version}.0` }]
    },
    paths: { zippedPackage: 'solution/fixture.sppkg' }
  });
  write('CHANGELOG.md', options.changelog ?? `# Changelog\n\n## [${version}] - 2026-01-01\n\n- Fixture.\n`);
  mkdirSync(path.join(root, 'teams-manifest'));
  for (const file of ['en-us.template.json', 'color.png', 'outline.png']) {
    copyFileSync(path.join(ROOT, 'teams-manifest', file), path.join(root, 'teams-manifest', file));
  }
  const template = JSON.parse(readFileSync(path.join(ROOT, 'teams-manifest', 'manifest.template.json'), 'utf8'));
  // The real project's channel-tab choice names a real component; synthetic projects choose their own.
  template._generator = { ...template._generator, configurableTab: '', ...options.generator };
  write('teams-manifest/manifest.template.json', template);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
