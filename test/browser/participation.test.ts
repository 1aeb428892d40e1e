import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { startPreview, launchBrowser, axeViolations, describeViolations, Preview } from './harness';

// Issue 13's "done when", in the real preview: Lotte (site owner, P&O) opens the Deelname dashboard
// on the Stella page and in the Teams frame at 360 px, computes the closed periods of 2026 ("Bereken"),
// sees the charts with their tables, is axe-clean, exports the CSV, and a group under 5 stays hidden:
// the seed's Wijkcentrum Malberg has exactly 3 public sign-ups in 2026, all in Q2 (emulator/seed/
// historyCatalogue.ts), so its Q2 and year cells read "< 5" and the 3 appears in neither the page nor
// the CSV. An employee gets the plain explanation and no figures.
//
// The web parts' clock is set to 10 January 2027, so all of 2026 is over (chosen in the year picker).

const LOTTE = 'lotte.vroemen@maastricht.example';
const ANOUK = 'anouk.janssen@maastricht.example';
const NOW = '2027-01-10T09:00:00Z';
const MALBERG = 'Wijkcentrum Malberg';

let preview: Preview;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  preview = await startPreview(4394);
  browser = await launchBrowser();
}, 180000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await preview?.stop();
});

async function open(path: string, as: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const sep = path.indexOf('?') >= 0 ? '&' : '?';
  await page.goto(`${preview.origin}${path}${sep}now=${encodeURIComponent(NOW)}&as=${encodeURIComponent(as)}`);
  await page.locator('[data-participation]').waitFor();
  return page;
}

async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('[data-participation]')?.textContent || '').indexOf('laden…') < 0, undefined, { timeout: 60000 });
}

/** Year 2026, and "Bereken" when periods are missing: waits until they are computed and shown. */
async function show2026(page: Page): Promise<void> {
  await loaded(page);
  await page.getByRole('combobox', { name: 'Jaar' }).selectOption('2026');
  await loaded(page);
  const compute = page.getByRole('button', { name: 'Bereken', exact: true });
  if (await compute.isVisible()) {
    await compute.click();
    await page.locator('[data-compute-progress]').filter({ hasText: / van \d+ berekend$/ }).first().waitFor();
    await page.getByText(/^Alle \d+ perioden zijn berekend\.$/).waitFor({ timeout: 240000 });
    await loaded(page);
  }
  await page.getByRole('table', { name: 'Totalen' }).waitFor();
}

async function rowCells(page: Page, table: string, row: string): Promise<string[]> {
  const tr = page.getByRole('table', { name: table }).locator('tr').filter({ has: page.locator('th', { hasText: row }) });
  return tr.locator('th, td').allTextContents();
}

async function checkDashboard(page: Page, shot: string): Promise<void> {
  await show2026(page);
  // The three charts (lazy chunk) and their tables.
  await page.waitForFunction(() => document.querySelectorAll('[data-chart] svg').length === 3, undefined, { timeout: 30000 });
  for (const name of ['Aanmeldingen per maand', 'Aanmeldingen per pijler', 'Bezettingsgraad', 'Totalen', 'Aanmeldingen naar uitkomst', 'Aanmeldingen per locatie']) {
    await page.getByRole('table', { name }).waitFor();
  }
  const head = await page.getByRole('table', { name: 'Totalen' }).locator('thead th').allTextContents();
  expect(head).toEqual(['Cijfer', 'Kwartaal 1', 'Kwartaal 2', 'Kwartaal 3', 'Kwartaal 4', 'Heel 2026']);
  const months = await page.getByRole('table', { name: 'Aanmeldingen per maand' }).locator('tbody tr').count();
  expect(months).toBe(12);
  // Something to read: the year's sign-ups are a number.
  const signUps = await rowCells(page, 'Totalen', 'Aanmeldingen (ook besloten activiteiten)');
  expect(signUps[5]).toMatch(/^\d+$/);

  // The small group stays hidden: "< 5" in Q2 and the year, and its true value nowhere.
  const malberg = await rowCells(page, 'Aanmeldingen per locatie', MALBERG);
  expect(malberg).toEqual([MALBERG, '0', '< 5', '0', '0', '< 5']);
  expect(malberg.slice(1)).not.toContain('3');
  const activityRow = await rowCells(page, 'Aanmeldingen per activiteit', 'Malberg');
  expect(activityRow.slice(1)).toEqual(['0', '< 5', '0', '0', '< 5']);
  expect(await page.locator('[data-participation]').textContent()).not.toMatch(/Malberg\s*;?\s*3\b/);

  // No horizontal scrolling of the page; wide tables scroll in their own region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `/tmp/sb-deelname-${shot}.png`, fullPage: true });

  const violations = await axeViolations(page);
  expect(describeViolations(violations)).toBe('');

  // The CSV: Dutch Excel conventions, one section per table, cells as shown, Malberg hidden.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als CSV (Excel)' }).click()]);
  expect(download.suggestedFilename()).toBe('deelname-2026.csv');
  const bytes = readFileSync((await download.path()) as string);
  expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Deelname #SamenBeter 2026 (alleen aantallen, groepen onder 5 verborgen)');
  expect(lines).toContain('Aanmeldingen per locatie');
  expect(lines).toContain(`${MALBERG};0;< 5;0;0;< 5`);
  // Malberg's one activity (the only place it appears, by title) is hidden the same way as its location.
  const malbergLines = lines.filter((l) => l.indexOf('Malberg') >= 0);
  expect(malbergLines).toHaveLength(2);
  for (const line of malbergLines) expect(line.endsWith(';0;< 5;0;0;< 5')).toBe(true);
  expect(lines).toContain('Aanmeldingen per activiteit');
  expect(lines).toContain(signUps.join(';'));
  expect(lines.join('\n')).not.toMatch(/@|maastricht\.example/);
  await page.getByText('deelname-2026.csv is gedownload.').waitFor();
}

describe('Deelname in the preview', () => {
  it('Lotte computes 2026 on the Stella page and reads charts, tables and the CSV; Malberg stays "< 5"', async () => {
    const page = await open('/deelname', LOTTE, 1280);
    expect(await page.locator('[data-persona-switcher] option:checked').textContent()).toContain('Lotte');
    await checkDashboard(page, 'desktop');
  }, 360000);

  it('Lotte reads the same in the Teams frame at 360 px, axe-clean, with the CSV', async () => {
    const page = await open('/teams?tab=participation&device=phone', LOTTE, 360);
    await checkDashboard(page, 'teams-360');
    // Keyboard: the year picker, the table regions and the export button are reachable with Tab.
    const region = page.getByRole('region', { name: 'Tabel Totalen, schuift horizontaal' });
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
  }, 360000);

  it('an employee gets the plain explanation and no figures', async () => {
    const page = await open('/deelname', ANOUK, 1280);
    await page.getByText(/De deelnamecijfers zijn alleen voor de eigenaren van de site \(P&O\)/).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Bereken' }).count()).toBe(0);
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
    await page.screenshot({ path: '/tmp/sb-deelname-employee.png', fullPage: true });
  }, 120000);
});
