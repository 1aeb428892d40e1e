import { Browser, Page } from 'playwright-core';
import { startPreview, launchBrowser, axeViolations, describeViolations, Preview } from './harness';
import { COACH_EMAIL } from '../../emulator/seed/people';

// A blank site, as a municipality has it right after installing the app: the owner sets
// #SamenBeter up from the web part itself; everybody else is told whom to ask.

let preview: Preview;
let browser: Browser;

beforeAll(async () => {
  preview = await startPreview(4392, { PREVIEW_SEED: 'none' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${preview.origin}${path}`);
  return page;
}

const webPart = '[data-webpart="themeOfWeek"]';

describe('set-up from the product', () => {
  it('tells an employee to ask the administrator, without a set-up button', async () => {
    const page = await open('/');
    await page.locator(`${webPart} >> text=#SamenBeter is nog niet klaar voor gebruik`).waitFor();
    expect(await page.locator(`${webPart} button`).count()).toBe(0);
    await page.context().close();
  });

  it('lets the site owner set everything up with progress, after which the web part works', async () => {
    const page = await open(`/?as=${encodeURIComponent(COACH_EMAIL)}`);
    // Scoped: the Activiteiten web part on the same page offers the same set-up.
    const run = page.locator(webPart).getByRole('button', { name: 'Stel #SamenBeter in' });
    await run.waitFor();
    expect(describeViolations(await axeViolations(page))).toBe('');
    await run.click();
    await page.locator(`${webPart} >> text=/Klaar: \\d+ stappen uitgevoerd/`).waitFor({ timeout: 30000 });
    await page.locator(webPart).getByRole('button', { name: 'Verder naar #SamenBeter' }).click();
    await page.locator(`${webPart} >> text=Nog geen thema voor deze week`).waitFor();
    await page.context().close();
  });

  it('a second look finds nothing left to do', async () => {
    const page = await open(`/?as=${encodeURIComponent(COACH_EMAIL)}`);
    // The lists exist now: the web part loads normally instead of offering set-up.
    await page.locator(`${webPart} >> text=Nog geen thema voor deze week`).waitFor();
    expect(await page.getByRole('button', { name: 'Stel #SamenBeter in' }).count()).toBe(0);
    // The Activiteiten web part loads too (nothing planned on a blank site).
    await page.locator('[data-webpart="activities"] >> text=Geen activiteiten gevonden').waitFor();
    await page.context().close();
  });
});
