import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { startPreview, launchBrowser, axeViolations, describeViolations, Preview } from './harness';

// Issue 4's "done when", in the real preview: an ambassador publishes a weekly lunch walk
// from the Teams frame at 360 px, an employee signs up in the Activiteiten tab, the
// ambassador sees the participant, exports the CSV (bytes checked), edits the time and
// cancels; the employee sees "Geannuleerd". axe-clean in the three Teams themes.

const AMBASSADOR = 'maud.schreurs@maastricht.example';
const ANOUK = 'anouk.janssen@maastricht.example';
const TITLE = 'Lunchwandeling Studiotest';

let preview: Preview;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  preview = await startPreview(4398);
  browser = await launchBrowser();
}, 120000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await preview?.stop();
});

async function open(path: string, as: string, width = 360): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const sep = path.indexOf('?') >= 0 ? '&' : '?';
  await page.goto(`${preview.origin}${path}${sep}as=${encodeURIComponent(as)}`);
  return page;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function openStudio(as: string, theme = 'default', device: 'phone' | 'desktop' = 'phone'): Promise<Page> {
  const page = await open(`/teams?tab=studio&device=${device}&theme=${theme}`, as, device === 'phone' ? 360 : 1280);
  await page.locator('[data-studio]').waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-studio]')?.textContent || '').indexOf('laden…') < 0);
  return page;
}

async function myActivity(page: Page) {
  await page.getByRole('tab', { name: 'Mijn activiteiten' }).click();
  const item = page.locator('[data-my-activity]').filter({ hasText: TITLE });
  await item.waitFor();
  return item;
}

describe('Ambassadeurs in the preview', () => {
  it('an ambassador publishes a weekly lunch walk in Teams at 360 px; an employee signs up; the ambassador exports, edits and cancels', async () => {
    // 1. Publish as the ambassador.
    const studio = await openStudio(AMBASSADOR);
    const persona = await studio.locator('[data-persona-switcher] option:checked').textContent();
    expect(persona).toContain('Ambassadeur');
    await studio.getByRole('button', { name: 'Lunchwandeling', exact: true }).click();
    await studio.locator('[data-field="title"]').fill(TITLE);
    expect(await studio.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await studio.screenshot({ path: '/tmp/sb-studio-form-360.png', fullPage: true });
    await studio.locator('[data-studio-submit]').click();
    await studio.getByText(`Gepubliceerd: ${TITLE}`).waitFor();

    // 2. The employee signs up for the first date in the Activiteiten tab.
    const anouk = await open('/teams?tab=activities&device=phone', ANOUK);
    await anouk.getByRole('button', { name: TITLE, exact: true }).click();
    const dialog = anouk.getByRole('dialog');
    await dialog.getByRole('heading', { name: TITLE }).waitFor();
    await anouk.waitForFunction(() => (document.querySelector('[role="dialog"]')?.textContent || '').indexOf('Plekken laden') < 0);
    const firstDate = dialog.locator('li[data-session]').first();
    const isoDate = (await firstDate.getAttribute('data-session')) as string;
    await firstDate.locator('[data-slot-action="signUp"]').click();
    await firstDate.getByText(new RegExp(`Gelukt: je bent aangemeld voor ${TITLE}`)).waitFor();
    await anouk.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // 3. The ambassador sees her and exports the CSV.
    await studio.reload();
    await studio.locator('[data-studio]').waitFor();
    let item = await myActivity(studio);
    await item.locator('[data-counts-per-date]').getByText(/: 1 van 20 plekken bezet$/).waitFor();
    await item.getByRole('button', { name: 'Deelnemers' }).click();
    const slot = item.locator(`[data-slot="${isoDate}"]`);
    await slot.locator('[data-confirmed]').getByText('Anouk Janssen').waitFor();
    await slot.getByText('1 van 20 plekken bezet').waitFor();
    expect(await slot.locator('[data-chat-link]').first().getAttribute('href')).toContain('anouk.janssen%40maastricht.example');
    await studio.screenshot({ path: '/tmp/sb-studio-participants-360.png', fullPage: true });
    const [download] = await Promise.all([studio.waitForEvent('download'), slot.locator('[data-export-csv]').click()]);
    expect(download.suggestedFilename()).toBe(`${TITLE.replace(/ /g, '-')}-${isoDate}.csv`);
    const bytes = readFileSync((await download.path()) as string);
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('Naam;E-mail;Status;Datum;Aangemeld op');
    expect(csv).toContain('Anouk Janssen;anouk.janssen@maastricht.example;Bevestigd;');

    // 4. Edit the time.
    await item.getByRole('button', { name: 'Wijzigen' }).click();
    await studio.locator('[data-field="startTime"]').fill('12:30');
    await studio.locator('[data-field="endTime"]').fill('13:00');
    await studio.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await studio.getByText(`Opgeslagen: ${TITLE}`).waitFor();
    item = await myActivity(studio);
    await item.getByText(/12:30–13:00/).waitFor();

    // 5. Call it off, saying who is affected and with a reason; the employee sees both in her sign-ups.
    await item.getByRole('button', { name: 'Activiteit afzeggen' }).click();
    await item.getByText(/^1 deelnemer krijgt bericht/).waitFor();
    await item.locator('textarea[data-cancel-reason]').fill('De trainer is ziek');
    await item.getByRole('button', { name: 'Afzeggen', exact: true }).click();
    await item.getByText('Geannuleerd', { exact: true }).waitFor();
    await anouk.reload();
    await anouk.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
    const mine = anouk.getByRole('list', { name: 'Mijn aanmeldingen' }).getByRole('listitem').filter({ hasText: TITLE });
    await mine.getByText(/Geannuleerd/).first().waitFor();
    expect(await mine.textContent()).toContain('12:30');
    expect(await mine.textContent()).toContain('Reden van de organisator: De trainer is ziek');
  });

  it('the coordinator checks the site from Beheer at 360 px: the preview site is in order, unknowns said, axe clean', async () => {
    const page = await openStudio('lotte.vroemen@maastricht.example');
    await page.getByRole('tab', { name: 'Beheer' }).click();
    await page.getByRole('button', { name: 'Controleer deze site' }).click();
    await page.locator('[data-check="teamsApp"]').waitFor();
    const status = async (key: string): Promise<string | null> => page.locator(`[data-check="${key}"]`).getAttribute('data-status');
    // Site Pages too: versions, draft security and page scheduling as the set-up left them.
    for (const key of ['lists', 'fields', 'permissions', 'privateAccess', 'search', 'pageScheduling']) {
      expect({ key, status: await status(key) }).toEqual({ key, status: 'ok' });
    }
    // The preview sets no tenant property: the Teams tabs would not find Stella.
    expect(await status('tenantProperty')).toBe('fix');
    // The preview's tenant has approved the Graph permissions (the Teams frame's switch turns them off).
    expect(await status('graphConsent')).toBe('ok');
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await settled(page);
    expect(describeViolations(await axeViolations(page))).toBe('');
  });

  it('the coordinator keeps the closing days in Beheer at 360 px: seeded ones listed, add and delete, 44 px targets, axe clean', async () => {
    const page = await openStudio('lotte.vroemen@maastricht.example');
    await page.getByRole('tab', { name: 'Beheer' }).click();
    const panel = page.locator('[data-closing-days-panel]');
    // The preview seeds carnival and the Friday after Ascension ahead of today.
    await panel.locator('li[data-closing-day]').first().waitFor();
    expect(await panel.locator('li[data-closing-day]').count()).toBeGreaterThanOrEqual(3);
    const targets = await panel.evaluate((root) =>
      Array.from(root.querySelectorAll('button')).map((el) => ({ text: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40), h: Math.round(el.getBoundingClientRect().height) }))
    );
    expect(targets.filter((t) => t.h < 44)).toEqual([]);

    // A date far ahead, on a Wednesday, so it is none of the seeded days.
    const date = '2029-10-03';
    await panel.locator('[data-field="date"]').fill(date);
    await panel.locator('[data-field="name"]').fill('Personeelsdag Studiotest');
    await panel.getByRole('button', { name: 'Toevoegen' }).click();
    await panel.locator(`li[data-closing-day="${date}"]`).waitFor();
    await panel.locator('text=Personeelsdag Studiotest (woensdag 3 oktober 2029) is toegevoegd.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await settled(page);
    expect(describeViolations(await axeViolations(page))).toBe('');

    await panel.getByRole('button', { name: 'Verwijderen: Personeelsdag Studiotest, woensdag 3 oktober 2029' }).click();
    await panel.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await panel.locator(`li[data-closing-day="${date}"]`).waitFor({ state: 'detached' });
    await panel.locator('text=Personeelsdag Studiotest (woensdag 3 oktober 2029) is verwijderd.').waitFor();
  });

  it('the coordinator keeps the locations in Beheer at 360 px; the form offers a new one at once; an employee gets the route', async () => {
    const page = await openStudio('lotte.vroemen@maastricht.example');
    await page.getByRole('tab', { name: 'Beheer' }).click();
    const panel = page.locator('[data-locations-panel]');
    // The preview seeds the seven places the studio had in code.
    await panel.locator('li[data-location]').first().waitFor();
    expect(await panel.locator('li[data-location]').count()).toBeGreaterThanOrEqual(7);
    const targets = async (): Promise<Array<{ text: string; h: number }>> =>
      panel.evaluate((root) =>
        Array.from(root.querySelectorAll('button, a'))
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => ({ text: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40), h: Math.round(el.getBoundingClientRect().height) }))
      );
    expect((await targets()).filter((t) => t.h < 44)).toEqual([]);

    // Add one: a refused http link first, then the https one.
    await panel.getByRole('button', { name: 'Locatie toevoegen' }).click();
    await panel.locator('[data-location-field="name"]').fill('Bibliotheek Centre Céramique');
    await panel.locator('[data-location-field="address"]').fill('Avenue Céramique 50, 6221 KV Maastricht');
    await panel.locator('[data-location-field="mapUrl"]').fill('http://www.openstreetmap.org/search?query=Centre%20C%C3%A9ramique');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.getByText('Kaartlink moet beginnen met https://.').waitFor();
    expect((await targets()).filter((t) => t.h < 44)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await settled(page);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await panel.locator('[data-location-field="mapUrl"]').fill('https://www.openstreetmap.org/search?query=Avenue%20C%C3%A9ramique%2050%20Maastricht');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.getByText('Toegevoegd: Bibliotheek Centre Céramique.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The form offers it without a reload, with "Andere plek…" for free text.
    await page.getByRole('tab', { name: 'Nieuwe activiteit' }).click();
    const options = await page.locator('[data-field="location"] option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Bibliotheek Centre Céramique', 'Stadhuis Markt, hoofdingang', 'Andere plek…']));
    await page.locator('[data-field="location"]').selectOption({ label: 'Andere plek…' });
    await page.locator('[data-field="locationText"]').waitFor();

    // Retired again: no longer offered (and the other tests see the seeded list).
    await page.getByRole('tab', { name: 'Beheer' }).click();
    await panel.getByRole('button', { name: 'Bibliotheek Centre Céramique buiten gebruik zetten' }).click();
    await panel.getByText(/Bibliotheek Centre Céramique staat buiten gebruik/).waitFor();

    // An employee sees the address and the route of a seeded activity at a listed place.
    const anouk = await open('/teams?tab=activities&device=phone', ANOUK);
    await anouk.getByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis', exact: true }).click();
    const dialog = anouk.getByRole('dialog');
    const route = dialog.getByRole('link', { name: 'Route naar Stadhuis Markt, hoofdingang' });
    await route.waitFor();
    expect(await route.getAttribute('href')).toBe('https://www.openstreetmap.org/search?query=Markt%2078%2C%206211%20CK%20Maastricht');
    expect(await route.getAttribute('target')).toBe('_blank');
    expect(await route.getAttribute('rel')).toBe('noopener noreferrer');
    await dialog.getByText('Markt 78, 6211 CK Maastricht').waitFor();
  });

  it('the organiser enters how many came to a past date at 360 px (a number, no names); it is kept; 44 px targets, axe clean', async () => {
    // The web parts' clock a week on: the seeded lunch walk's first dates have taken place.
    const page = await open('/teams?tab=studio&device=phone&now=2026-12-16T12:00:00Z', AMBASSADOR);
    await page.locator('[data-studio]').waitFor();
    await page.getByRole('tab', { name: 'Mijn activiteiten' }).click();
    const walk = page.locator('[data-my-activity]').filter({ hasText: 'Lunchwandeling vanaf het Stadhuis' });
    await walk.getByRole('button', { name: 'Deelnemers', exact: true }).click();
    const entry = walk.locator('[data-attendance-entry]');
    await entry.locator('[data-attendance]').first().waitFor();
    const firstDate = (await entry.locator('[data-attendance]').first().getAttribute('data-attendance')) as string;
    expect(firstDate < '2026-12-16').toBe(true);
    const row = entry.locator(`[data-attendance="${firstDate}"]`);
    await row.getByRole('textbox').fill('veertien');
    await row.getByRole('textbox').press('Enter');
    await row.getByText('Vul een heel getal in van 0 tot en met 500.').waitFor();
    await row.getByRole('textbox').fill('12');
    await row.getByRole('textbox').press('Enter');
    await entry.locator('[data-attendance-status]').getByText(/opgeslagen: 12\./).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const small = await entry.evaluate((root) =>
      Array.from(root.querySelectorAll('button, input')).map((el) => ({ text: (el.getAttribute('aria-label') || '').slice(0, 40), h: Math.round(el.getBoundingClientRect().height) })).filter((t) => t.h < 44)
    );
    expect(small.filter((t) => t.text.indexOf('Opkomst') === 0)).toEqual([]);
    await settled(page);
    expect(describeViolations(await axeViolations(page))).toBe('');
    // Kept: a fresh visit shows the number again.
    await page.reload();
    await page.locator('[data-studio]').waitFor();
    await page.getByRole('tab', { name: 'Mijn activiteiten' }).click();
    await walk.getByRole('button', { name: 'Deelnemers', exact: true }).click();
    await expect(entry.locator(`[data-attendance="${firstDate}"]`).getByRole('textbox').inputValue()).resolves.toBe('12');
  });

  it('fits a thumb at 360 px: every button, tab and link at least 44 px high, "Publiceren" in view at the top of the form', async () => {
    const page = await openStudio(AMBASSADOR);
    await page.locator('[data-studio-submit]').waitFor();
    const targets = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-studio] button, [data-studio] a, [data-studio] [role="tab"]'))
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ text: (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30), h: Math.round(el.getBoundingClientRect().height) }))
    );
    // The form has its tabs, templates, editor toolbar, date buttons and the publish bar.
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => t.h < 44)).toEqual([]);
    await page.screenshot({ path: '/tmp/sb-studio-thumb-360.png' });
    // The publish bar sticks to the bottom of the view while the form is long.
    const submit = await page.locator('[data-studio-submit]').boundingBox();
    const viewport = page.viewportSize();
    expect(submit && viewport && submit.y + submit.height <= viewport.height).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('shows an employee a friendly explanation instead of the form', async () => {
    const page = await openStudio(ANOUK);
    await page.getByText('Deze pagina is voor #SamenBeter-ambassadeurs').waitFor();
    expect(await page.locator('[data-studio-form]').count()).toBe(0);
    expect(describeViolations(await axeViolations(page))).toBe('');
  });

  it('can be filled in and published with the keyboard only: every field is reachable with Tab, errors take focus', async () => {
    const page = await openStudio(AMBASSADOR, 'default', 'desktop');
    await page.locator('[data-studio-form]').waitFor();
    const active = (): Promise<string> =>
      page.evaluate(() => {
        // A form field by its data-field, the submit button as 'submit', anything else as tag:text.
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const field = el.getAttribute('data-field');
        if (field) return field;
        if (el.hasAttribute('data-studio-submit')) return 'submit';
        return `${el.tagName.toLowerCase()}:${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}`;
      });
    const tabTo = async (target: string, max = 120): Promise<string[]> => {
      const seen: string[] = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const now = await active();
        seen.push(now);
        if (now === target) return seen;
      }
      throw new Error(`Tab never reached ${target}; went through ${seen.join(' | ')}`);
    };

    // Empty form: Enter on "Publiceren" puts focus on the error summary; its first link leads to the field.
    await tabTo('submit');
    await page.keyboard.press('Enter');
    await page.locator('[data-error-summary]').waitFor();
    // The form moves focus to the summary on the turn after it renders (StudioForm's submit).
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-error-summary') === true, undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await active()).toBe('title');

    // Start from the workshop template, by keyboard.
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 80 && (await active()) !== 'button:Workshop'; i++) {
      await page.keyboard.press('Shift+Tab');
    }
    expect(await active()).toBe('button:Workshop');
    await page.keyboard.press('Enter');
    const order = await tabTo('title');
    expect(order.length).toBeGreaterThan(0);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Workshop toetsenbord');

    // From the title to "Publiceren": every field of the form is on the way.
    const path = await tabTo('submit');
    const fields = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-studio-form] [data-field]'))
        .filter((el) => (el as HTMLElement).offsetParent !== null && !(el as HTMLInputElement).disabled)
        .map((el) => el.getAttribute('data-field') as string)
    );
    for (const field of fields.filter((f) => f !== 'title')) {
      expect([field, path.indexOf(field) >= 0]).toEqual([field, true]);
    }
    expect(path).toContain('description'); // the rich-text editor itself
    await page.keyboard.press('Enter');
    await page.getByText('Gepubliceerd: Workshop toetsenbord').waitFor();
  });

  it('inserts a link from the popover in a real browser (no window.prompt), and refuses javascript:', async () => {
    const page = await openStudio(AMBASSADOR, 'default', 'desktop');
    await page.locator('[data-studio-form]').waitFor();
    let prompted = false;
    page.on('dialog', (d) => {
      prompted = true;
      void d.dismiss();
    });
    const editor = page.locator('[data-studio-form] [contenteditable="true"]');
    await editor.click();
    await page.keyboard.type('Lees het programma');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const surface = page.locator('[data-link-popover]');
    await surface.waitFor();
    await settled(page);
    expect(describeViolations(await axeViolations(page))).toBe('');
    const input = surface.getByLabel('Adres van de link');
    await input.fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await surface.getByText(/Een link moet beginnen met https:\/\//).waitFor();
    await input.fill('https://www.365vitaal.nl/programma');
    await page.keyboard.press('Enter');
    await surface.waitFor({ state: 'detached' });
    expect(await editor.locator('a').getAttribute('href')).toBe('https://www.365vitaal.nl/programma');
    expect(await editor.locator('a').textContent()).toBe('Lees het programma');
    expect(prompted).toBe(false);
  });

  for (const theme of ['default', 'dark', 'contrast']) {
    it(`has no WCAG 2.1 A/AA violations in the Teams frame at desktop width (${theme}), with the error summary shown`, async () => {
      const page = await openStudio(AMBASSADOR, theme, 'desktop');
      await page.locator('[data-studio-form]').waitFor();
      expect(describeViolations(await axeViolations(page))).toBe('');
      await page.locator('[data-studio-submit]').click();
      await page.locator('[data-error-summary]').waitFor();
      await settled(page);
      expect(describeViolations(await axeViolations(page))).toBe('');
    });

    it(`has no WCAG 2.1 A/AA violations in the Teams frame at 360 px (${theme}), with the error summary shown`, async () => {
      const page = await openStudio(AMBASSADOR, theme);
      await page.locator('[data-studio-form]').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(describeViolations(await axeViolations(page))).toBe('');
      await page.locator('[data-studio-submit]').click();
      await page.locator('[data-error-summary]').waitFor();
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
      await settled(page);
      expect(describeViolations(await axeViolations(page))).toBe('');
      await page.screenshot({ path: `/tmp/sb-studio-errors-${theme}-360.png`, fullPage: true });
      await page.getByRole('tab', { name: 'Mijn activiteiten' }).click();
      await settled(page);
      expect(describeViolations(await axeViolations(page))).toBe('');
    });
  }
});
