// Weight budgets of the SPFx bundles (issue 15, "Lighter pages"), checked by `npm run package`.
//
// "First load" of a bundle = the entry bundle file in release/assets (samenbeter-<name>_<hash>.js),
// gzip-compressed: what a page with that bundle's web parts downloads before the first render.
// Lazy chunks (chunk.*.js: the set-up, the detail dialog, editors, panels …) are fetched on first
// use and are not counted; the localized strings file (SamenBeterStrings_*.js) neither (it is
// one per locale and shared by both bundles). Sizes are bytes; 1 KB = 1024 bytes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Maximum gzip size of each entry bundle, in KB. */
export const BUNDLE_BUDGETS_KB = {
  'samenbeter-intranet': 140,
  'samenbeter-werkplek': 150,
  // Deelname (issue 13): the dashboard and its tables (measured 107.5 KB); the charts
  // (@fluentui/react-charts with d3, ~70 KB gzip) are a lazy chunk.
  'samenbeter-deelname': 115
};

/** The bundle an asset belongs to: its name without the content hash, or undefined for other files. */
export function entryBundleOf(fileName) {
  const match = /^(samenbeter-[a-z0-9-]+)_[0-9a-f]+\.js$/.exec(fileName);
  return match ? match[1] : undefined;
}

/** Raw and gzip size of every JavaScript asset: entry bundles, lazy chunks and strings. */
export function measureAssets(assetsDir) {
  return readdirSync(assetsDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(assetsDir, file));
      return { file, bundle: entryBundleOf(file), raw: bytes.length, gzip: gzipSync(bytes).length };
    });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Problems with the budgets: an entry bundle above its budget, a budgeted bundle missing, or an
 * entry bundle without a budget. Empty when all is well.
 */
export function checkBudgets(assets, budgets = BUNDLE_BUDGETS_KB) {
  const problems = [];
  for (const [bundle, budgetKb] of Object.entries(budgets)) {
    const found = assets.filter((a) => a.bundle === bundle);
    if (found.length === 0) {
      problems.push(`${bundle}: no entry bundle in release/assets`);
      continue;
    }
    for (const asset of found) {
      if (asset.gzip > budgetKb * 1024) {
        problems.push(
          `${bundle}: first load ${kb(asset.gzip)} gzip is above its budget of ${budgetKb} KB by ${kb(asset.gzip - budgetKb * 1024)} ` +
            `(${asset.file}; move code a visitor does not need at first sight into a lazy chunk: node scripts/bundle-report.mjs --build shows what is in it)`
        );
      }
    }
  }
  for (const asset of assets) {
    if (asset.bundle && !(asset.bundle in budgets)) problems.push(`${asset.bundle}: entry bundle without a budget (add it to BUNDLE_BUDGETS_KB)`);
  }
  return problems;
}

/** One line per asset for the package log: size, gzip and, for entry bundles, the budget. */
export function describeAssets(assets, budgets = BUNDLE_BUDGETS_KB) {
  return assets.map((a) => {
    const budget = a.bundle && budgets[a.bundle] !== undefined ? `, budget ${budgets[a.bundle]} KB gzip (first load)` : a.bundle ? '' : ', loaded on first use';
    const kind = a.bundle ? 'bundle' : a.file.startsWith('chunk.') ? 'chunk' : 'strings';
    return `${kind} ${a.file}  ${kb(a.raw)} (gzip ${kb(a.gzip)}${kind === 'strings' ? ', one locale per page' : budget})`;
  });
}
