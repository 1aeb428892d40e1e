import { Browser, Page } from 'playwright-core';
import { startPreview, launchBrowser, axeViolations, describeViolations, Preview } from './harness';

// The foundation's end-to-end path: the preview serves Stella and the Teams frame, the
// Thema van de week web part loads through PnPjs from the emulator as each persona,
// and the pages pass axe-core's WCAG 2.1 A/AA rules.

let preview: Preview;
let browser: Browser;

beforeAll(async () => {
  preview = await startPreview(4391);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

async function open(path: string, width = 1280): Promise<{ page: Page; apiRequests: string[]; themeRequests: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const apiRequests: string[] = [];
  const themeRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().indexOf('/_api/') >= 0) {
      apiRequests.push(`${r.method()} ${r.url()}`);
      // The theme's own read (its items), not the roles' permission check on the same list,
      // which travels with whichever web part's batch goes first.
      if (/Weekthemas[^\s]*\/items/.test(r.postData() || '')) {
        themeRequests.push(`${r.method()} ${r.url()}`);
      }
    }
  });
  await page.goto(`${preview.origin}${path}`);
  return { page, apiRequests, themeRequests };
}

const webPart = '[data-webpart="themeOfWeek"]';

describe('Thema van de week in the preview', () => {
  it("shows an employee this week's seeded theme in one request, without the planning link", async () => {
    const { page, apiRequests, themeRequests } = await open('/');
    const heading = page.locator(`${webPart} h2`);
    await heading.waitFor();
    expect((await heading.textContent())!.length).toBeGreaterThan(3);
    await page.locator(`${webPart} >> text=Tip van de week`).waitFor();
    expect(await page.locator(`${webPart} >> text=Naar de themaplanning`).count()).toBe(0);
    // The theme and the viewer's roles travel in one $batch (with the news and activities
    // web parts' first reads: page-wide read coalescing); the digest came with the page.
    // The whole intranet home (news + theme + activities) costs two requests.
    const batch = expect.stringMatching(/^POST .*\/sites\/stella\/_api\/\$batch$/);
    await page.locator('[data-webpart="activities"] >> text=Lunchwandeling').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(themeRequests).toEqual([batch]);
    expect(apiRequests).toEqual([batch, batch]);
    await page.context().close();
  });

  it('shows communications staff the link to the planning', async () => {
    const { page } = await open('/');
    await page.selectOption('#sb-persona', { label: await communicationsLabel(page) });
    await page.waitForLoadState('load');
    await page.locator(`${webPart} >> text=Naar de themaplanning`).waitFor();
    await page.context().close();
  });

  it('shows the friendly empty state for a week nobody planned', async () => {
    const { page } = await open('/?now=2031-03-12T10:00:00Z');
    await page.locator(`${webPart} >> text=Nog geen thema voor deze week`).waitFor();
    expect(await page.locator(`${webPart}`).textContent()).toContain('week 11');
    await page.context().close();
  });

  it('the axe check itself catches a real violation (so a clean result means something)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<html lang="nl"><body><main><img src="x.png"><button></button></main></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violations on the Stella page', async () => {
    const { page } = await open('/');
    await page.locator(`${webPart} h2`).waitFor();
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
    await page.context().close();
  });

  for (const theme of ['default', 'dark', 'contrast']) {
    it(`renders in the Teams frame at 360 px in the ${theme} theme without WCAG violations`, async () => {
      const { page } = await open(`/teams?theme=${theme}&device=phone&tab=themeOfWeek`, 360);
      await page.locator(`${webPart} h2`).waitFor();
      // Nothing may overflow the phone's width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const violations = await axeViolations(page);
      expect(describeViolations(violations)).toBe('');
      await page.context().close();
    });
  }
});

async function communicationsLabel(page: Page): Promise<string> {
  const labels = await page.locator('#sb-persona option').allTextContents();
  const label = labels.filter((l) => /Communicatie/i.test(l))[0];
  if (!label) {
    throw new Error(`No communications persona in ${labels.join(', ')}`);
  }
  return label;
}
