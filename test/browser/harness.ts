import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, Browser, Page } from 'playwright-core';

// Starts the real preview (build/tools/preview.mjs, built by `npm run test:browser`)
// on a free port over a fresh data directory, and Debian's Chromium to look at it.

export interface Preview {
  origin: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

export async function startPreview(port: number, env: { [name: string]: string } = {}): Promise<Preview> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sb-preview-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', path.join(ROOT, 'build/tools/preview.mjs')],
    { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start in 60 s:\n${output}`)), 60000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.indexOf('preview ready') >= 0) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.removeAllListeners('exit');
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent v9's focus management (tabster) puts aria-hidden, tabindex=0 "dummy" <i>
    // elements at the edges of focus groups; focus passes through them and is moved on
    // at once, it never rests there. Only those are left out; keyboard tests check
    // where focus really lands.
    const result = await axe.run({ include: [['html']], exclude: [['[data-tabster-dummy]']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html }))
    }));
  });
}

/** Readable failure output: which rule, on which element. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`).join('\n');
}
