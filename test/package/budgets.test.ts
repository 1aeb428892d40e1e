// The weight budgets `npm run package` checks (issue 15): the entry bundle of each page, gzip.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { BUNDLE_BUDGETS_KB, checkBudgets, describeAssets, entryBundleOf, measureAssets } from '../../scripts/packaging/budgets.mjs';

const KB = 1024;
const asset = (file: string, gzip: number) => ({ file, bundle: entryBundleOf(file), raw: gzip * 4, gzip });

describe('bundle weight budgets', () => {
  it('are 140 KB gzip for the intranet home, 150 KB for the werkplek and 115 KB for Deelname', () => {
    expect(BUNDLE_BUDGETS_KB).toEqual({ 'samenbeter-intranet': 140, 'samenbeter-werkplek': 150, 'samenbeter-deelname': 115 });
  });

  it('count entry bundles only: lazy chunks and the strings load on first use or per locale', () => {
    expect(entryBundleOf('samenbeter-intranet_5cf880905608959a8aa2.js')).toBe('samenbeter-intranet');
    expect(entryBundleOf('chunk.samenbeter-setup_6eb02b80c87b36b8a392.js')).toBeUndefined();
    expect(entryBundleOf('chunk.853_97048a88ab9cff26b084.js')).toBeUndefined();
    expect(entryBundleOf('SamenBeterStrings_nl-nl_831aba67d009769712bb449cf8a4b4da.js')).toBeUndefined();
    expect(entryBundleOf('samenbeter-intranet_5cf880905608959a8aa2.js.LICENSE.txt')).toBeUndefined();
  });

  it('pass at the budget and fail one byte above it, naming the bundle and the excess', () => {
    const atBudget = [
      asset('samenbeter-intranet_aa.js', 140 * KB),
      asset('samenbeter-werkplek_bb.js', 150 * KB),
      asset('samenbeter-deelname_dd.js', 115 * KB),
      asset('chunk.big_cc.js', 900 * KB)
    ];
    expect(checkBudgets(atBudget)).toEqual([]);
    const over = [asset('samenbeter-intranet_aa.js', 140 * KB + 1), asset('samenbeter-werkplek_bb.js', 120 * KB), asset('samenbeter-deelname_dd.js', 100 * KB)];
    const problems = checkBudgets(over);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^samenbeter-intranet: first load 140\.0 KB gzip is above its budget of 140 KB/);
  });

  it('fail when a budgeted bundle is missing or a new entry bundle has no budget', () => {
    expect(checkBudgets([asset('samenbeter-intranet_aa.js', 10 * KB), asset('samenbeter-deelname_dd.js', 10 * KB)])).toEqual([
      'samenbeter-werkplek: no entry bundle in release/assets'
    ]);
    expect(checkBudgets([asset('samenbeter-extra_aa.js', 10 * KB)], {})).toEqual([
      'samenbeter-extra: entry bundle without a budget (add it to BUNDLE_BUDGETS_KB)'
    ]);
  });

  it('measure the files in release/assets and describe them with their budgets', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sb-budgets-'));
    try {
      writeFileSync(path.join(dir, 'samenbeter-intranet_0a1b.js'), 'x'.repeat(50000));
      writeFileSync(path.join(dir, 'chunk.samenbeter-setup_0c.js'), randomBytes(3000));
      writeFileSync(path.join(dir, 'notes.txt'), 'not measured');
      const assets = measureAssets(dir);
      expect(assets.map((a) => [a.file, a.bundle, a.raw])).toEqual([
        ['chunk.samenbeter-setup_0c.js', undefined, 3000],
        ['samenbeter-intranet_0a1b.js', 'samenbeter-intranet', 50000]
      ]);
      expect(assets[1].gzip).toBeLessThan(1000);
      const lines = describeAssets(assets);
      expect(lines[0]).toMatch(/^chunk chunk\.samenbeter-setup_0c\.js {2}2\.9 KB \(gzip \d+\.\d KB, loaded on first use\)$/);
      expect(lines[1]).toMatch(/^bundle samenbeter-intranet_0a1b\.js {2}48\.8 KB \(gzip 0\.\d KB, budget 140 KB gzip \(first load\)\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
