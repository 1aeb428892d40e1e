import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { startPreview, launchBrowser, axeViolations, describeViolations, Preview } from './harness';
import { amsterdamDateOf, amsterdamInstant } from '../../src/core/time/amsterdam';
import { addDays } from '../../src/core/time/calendarDate';

// Issue 3's "done when", in the real preview: employees sign up for the lunch walk and
// Start to Run, see both under "Mijn aanmeldingen", download a working .ics, sign up
// keyboard-only, fall onto the waiting list and move up after a cancel; the catalogue
// costs at most two requests, and the pages pass axe-core (Stella and Teams at 360 px).

const ANOUK = 'anouk.janssen@maastricht.example';
const RUUD = 'ruud.vanthof@maastricht.example';
const COACH = 'lotte.vroemen@maastricht.example';
const ONE_PLACE = 'Testwandeling met één plek';

let preview: Preview;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** A one-off walk with ONE place, posted by the coach over REST as SharePoint would get it. */
async function postOnePlaceActivity(origin: string, title = ONE_PLACE, inDays = 6, capacity = 1): Promise<number> {
  const site = `${origin}/sites/stella/_api`;
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${COACH}` };
  const me = (await (await fetch(`${site}/web/currentUser`, { headers })).json()) as { Id: number };
  const day = addDays(amsterdamDateOf(new Date()), inDays);
  const start = amsterdamInstant(day, { hour: 12, minute: 15 }).toISOString();
  const end = amsterdamInstant(day, { hour: 13, minute: 0 }).toISOString();
  const answer = await fetch(`${site}/web/lists/getByTitle('SamenBeter Activiteiten')/items`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      Title: title,
      SbDescription: '<p>Een korte wandeling om de wachtlijst te testen.</p>',
      SbPillar: 'Samen',
      SbShape: 'oneOff',
      SbStart: start,
      SbEnd: end,
      SbLastDate: start,
      SbSessionDates: JSON.stringify([start]),
      SbLocation: 'Stadhuis Markt, hoofdingang',
      SbIsOnline: false,
      SbCapacity: capacity,
      SbIsPrivate: false,
      SbStatus: 'open',
      SbOrganiserId: me.Id
    })
  });
  if (answer.status !== 201) {
    throw new Error(`could not post the test activity: ${answer.status} ${await answer.text()}`);
  }
  return ((await answer.json()) as { Id: number }).Id;
}

beforeAll(async () => {
  preview = await startPreview(4397);
  await postOnePlaceActivity(preview.origin);
  browser = await launchBrowser();
}, 120000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await preview?.stop();
});

interface Opened {
  page: Page;
  api: string[];
}

async function open(path: string, as: string, width = 1280): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const api: string[] = [];
  page.on('request', (r) => {
    if (r.url().indexOf('/_api/') >= 0) {
      api.push(`${r.method()} ${decodeURIComponent(r.url().replace(/^.*\/_api\//, ''))}`);
    }
  });
  const sep = path.indexOf('?') >= 0 ? '&' : '?';
  await page.goto(`${preview.origin}${path}${sep}as=${encodeURIComponent(as)}`);
  await page.locator('[data-activity-open]').first().waitFor();
  return { page, api };
}

const dialog = (page: Page) => page.getByRole('dialog');

/** Fluent's open/close motions done: axe must not judge colours mid-fade. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function openDetail(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click();
  await dialog(page).getByRole('heading', { name: title }).waitFor();
  await page.waitForFunction(() => {
    const d = document.querySelector('[role="dialog"]');
    return !!d && (d.textContent || '').indexOf('Plekken laden') < 0;
  });
  await settled(page);
}

async function closeDetail(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'detached' });
  // Fluent's modal focus trap hides the rest of the page (aria-hidden) while the dialog is
  // open and gives it back a moment after the dialog is gone; wait for that too.
  await page.waitForFunction(() => !document.querySelector('.skip[aria-hidden="true"], header[aria-hidden="true"], main [aria-hidden="true"][data-webpart]'));
  await settled(page);
}

/** The id SharePoint gave a seeded activity (ids depend on the seed's write order). */
async function activityId(title: string): Promise<number> {
  const answer = await fetch(
    `${preview.origin}/sites/stella/_api/web/lists/getByTitle('SamenBeter Activiteiten')/items?$select=Id&$filter=Title eq '${title}'`,
    { headers: { Accept: 'application/json', Authorization: `Bearer ${ANOUK}` } }
  );
  return ((await answer.json()) as { value: { Id: number }[] }).value[0].Id;
}

describe('Activiteiten in the preview', () => {
  it('loads the catalogue cold in at most two HTTP requests', async () => {
    const { page, api } = await open('/teams?tab=activities', ANOUK);
    await page.waitForTimeout(1000);
    console.log(`cold catalogue load (Teams tab): ${api.length} request(s): ${api.join(', ')}`);
    expect(api.length).toBeLessThanOrEqual(2);
    expect(api.every((r) => r === 'POST $batch')).toBe(true);
    expect(await page.locator('[data-activity-card]').count()).toBeGreaterThanOrEqual(8);
    await page.context().close();
  });

  it('Anouk signs up for the next lunch walk and Start to Run, sees both under "Mijn aanmeldingen" and downloads a working .ics', async () => {
    const { page, api } = await open('/', ANOUK);
    await openDetail(page, 'Lunchwandeling vanaf het Stadhuis');
    const firstDate = dialog(page).locator('li[data-session]').first();
    const isoDate = (await firstDate.getAttribute('data-session')) as string;
    api.length = 0;
    await firstDate.getByRole('button', { name: /^Aanmelden voor Lunchwandeling vanaf het Stadhuis, / }).click();
    await firstDate.getByText(/Gelukt: je bent aangemeld voor Lunchwandeling vanaf het Stadhuis/).waitFor();
    // ONE write, then one read of that slot: no reload of the page or the catalogue.
    console.log(`sign-up requests: ${api.join(', ')}`);
    expect(api.filter((r) => r.indexOf('POST') === 0)).toHaveLength(1);
    expect(api[0]).toMatch(/^POST web\/lists\/getByTitle\('SamenBeter Aanmeldingen'\)\/items$/);
    expect(api).toHaveLength(2);
    await firstDate.getByRole('button', { name: /^Afmelden voor Lunchwandeling vanaf het Stadhuis, / }).waitFor();
    await closeDetail(page);
    // The card shows it too.
    await page.locator(`[data-activity-card="${await activityId('Lunchwandeling vanaf het Stadhuis')}"] >> text=Aangemeld`).waitFor();

    await openDetail(page, 'Start to Run voor beginners');
    await dialog(page).getByRole('button', { name: /^Aanmelden voor Start to Run voor beginners, / }).click();
    await dialog(page).getByText(/Gelukt: je bent aangemeld voor Start to Run voor beginners/).waitFor();
    await closeDetail(page);

    await page.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
    const mine = page.getByRole('list', { name: 'Mijn aanmeldingen' });
    await mine.waitFor();
    const texts = await mine.getByRole('listitem').allTextContents();
    expect(texts.some((t) => /Lunchwandeling vanaf het Stadhuis.*12:15–13:00.*Aangemeld/.test(t))).toBe(true);
    expect(texts.some((t) => /Start to Run voor beginners.*17:30–18:30.*Aangemeld/.test(t))).toBe(true);

    const walk = mine.getByRole('listitem').filter({ hasText: 'Lunchwandeling' });
    const [download] = await Promise.all([page.waitForEvent('download'), walk.getByRole('button', { name: 'In agenda (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe(`lunchwandeling-vanaf-het-stadhuis-${isoDate}.ics`);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    expect(ics.indexOf('BEGIN:VCALENDAR\r\n')).toBe(0);
    expect(ics).toContain('TZID:Europe/Amsterdam');
    expect(ics).toContain(`DTSTART;TZID=Europe/Amsterdam:${isoDate.replace(/-/g, '')}T121500`);
    expect(ics).toContain('SUMMARY:Lunchwandeling vanaf het Stadhuis');
    expect(ics.trim().endsWith('END:VCALENDAR')).toBe(true);
    const outlook = await walk.getByRole('link', { name: 'Outlook' }).getAttribute('href');
    expect(outlook).toMatch(/^https:\/\/outlook\.office\.com\/calendar\/action\/compose\?rru=addevent&subject=Lunchwandeling/);

    // A fresh page reads them back from SharePoint (SbUntil is stored with each sign-up).
    await page.reload();
    await page.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
    // The list comes from SharePoint after the reload: wait for it before reading it.
    const list = page.getByRole('list', { name: 'Mijn aanmeldingen' });
    await list.getByRole('listitem').filter({ hasText: 'Start to Run voor beginners' }).waitFor();
    await list.getByRole('listitem').filter({ hasText: 'Lunchwandeling vanaf het Stadhuis' }).first().waitFor();
    const again = await list.getByRole('listitem').allTextContents();
    expect(again.filter((t) => /Lunchwandeling vanaf het Stadhuis|Start to Run voor beginners/.test(t))).toHaveLength(2);
    await page.context().close();
  });

  it('signs up with the keyboard only; Escape closes the detail and focus returns to the card', async () => {
    const { page } = await open('/teams?tab=activities', RUUD);
    const title = 'Massagestoel op de werf';
    const focused = (): Promise<string> => page.evaluate(() => (document.activeElement ? document.activeElement.textContent || '' : ''));
    for (let i = 0; i < 60 && (await focused()) !== title; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe(title);
    await page.keyboard.press('Enter');
    await dialog(page).getByRole('heading', { name: title }).waitFor();
    await settled(page);
    for (let i = 0; i < 20 && (await focused()) !== 'Aanmelden'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('Aanmelden');
    expect(await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('aria-label'))).toMatch(
      /^Aanmelden voor Massagestoel op de werf, \S+ \d+ \S+/
    );
    await page.keyboard.press('Space');
    await dialog(page).getByText(/Gelukt: je bent aangemeld voor Massagestoel op de werf/).waitFor();
    // Focus moves on to the result (in a polite live region, so it is announced as well),
    // not onto the same button now saying "Afmelden": a second Space cancels nothing.
    await page.waitForFunction(() => !!document.activeElement && document.activeElement.hasAttribute('data-slot-result'), null, { timeout: 5000 }).catch(() => undefined);
    expect(await focused()).toMatch(/^Gelukt: je bent aangemeld voor Massagestoel op de werf/);
    expect(await page.evaluate(() => !!document.activeElement && !!document.activeElement.closest('[role="status"]'))).toBe(true);
    // In the accessibility tree the focused result is named by its own text.
    await dialog(page).getByRole('group', { name: /^Gelukt: je bent aangemeld voor Massagestoel op de werf/ }).waitFor();
    expect(await page.evaluate(() => !!document.activeElement && document.activeElement.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForTimeout(1500);
    expect(await dialog(page).getByText(/Je bent afgemeld/).count()).toBe(0);
    await dialog(page).getByRole('button', { name: /^Afmelden voor Massagestoel op de werf, / }).waitFor();
    // Cancelling stays one deliberate step away: Shift+Tab reaches "Afmelden".
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Afmelden');
    expect(await dialog(page).getAttribute('aria-hidden')).toBeNull();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    // Fluent hands focus back to the card's button as the dialog unmounts (a tick later
    // under load); it must get there, not stay on the page body.
    await page
      .waitForFunction((t) => document.activeElement !== null && document.activeElement.textContent === t, title, { timeout: 5000 })
      .catch(() => undefined);
    expect(await focused()).toBe(title);
    await page.context().close();
  });

  it('a second person lands on the waiting list and moves up after a cancel', async () => {
    const anouk = await open('/', ANOUK);
    await openDetail(anouk.page, ONE_PLACE);
    await dialog(anouk.page).getByRole('button', { name: new RegExp(`^Aanmelden voor ${ONE_PLACE}, `) }).click();
    await dialog(anouk.page).getByText(`Gelukt: je bent aangemeld voor ${ONE_PLACE}.`).waitFor();

    const ruud = await open('/teams?theme=dark&device=phone', RUUD, 360);
    await ruud.page.locator(`[data-activity-card] >> text=Vol`).first().waitFor();
    await openDetail(ruud.page, ONE_PLACE);
    await dialog(ruud.page).getByText(/als je je aanmeldt, kom je op de wachtlijst/).waitFor();
    await dialog(ruud.page).getByRole('button', { name: new RegExp(`^Aanmelden voor ${ONE_PLACE}, `) }).click();
    await dialog(ruud.page).getByText(`${ONE_PLACE} is vol. Je staat op de wachtlijst, op positie 1.`).waitFor();
    await dialog(ruud.page).getByText('Op de wachtlijst (positie 1)').waitFor();
    await closeDetail(ruud.page);

    // Anouk sees the waiting list on her card and cancels.
    await anouk.page.reload();
    await anouk.page.locator('[data-activity-open]').first().waitFor();
    await openDetail(anouk.page, ONE_PLACE);
    await dialog(anouk.page).getByText('Vol · 1 op de wachtlijst').waitFor();
    await dialog(anouk.page).getByRole('button', { name: new RegExp(`^Afmelden voor ${ONE_PLACE}, `) }).click();
    await dialog(anouk.page).getByText(`Je bent afgemeld voor ${ONE_PLACE}.`).waitFor();

    // Nobody wrote a counter: Ruud's next read derives that he now has the place.
    await ruud.page.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
    const item = ruud.page.getByRole('list', { name: 'Mijn aanmeldingen' }).getByRole('listitem').filter({ hasText: ONE_PLACE });
    await item.getByText('Aangemeld', { exact: true }).waitFor();
    await openDetail(ruud.page, ONE_PLACE);
    await dialog(ruud.page).getByText('Vol').first().waitFor();
    await dialog(ruud.page).getByRole('button', { name: new RegExp(`^Afmelden voor ${ONE_PLACE}, `) }).waitFor();
  });

  it('opens the activity of a shared link (?activity=<id>)', async () => {
    const { page } = await open(`/?activity=${await activityId('Start to Run voor beginners')}`, ANOUK);
    await dialog(page).getByRole('heading', { name: 'Start to Run voor beginners' }).waitFor();
    await page.context().close();
  });

  it('has no WCAG 2.1 A/AA violations on the Stella page, with the detail open too', async () => {
    const { page } = await open('/', ANOUK);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await openDetail(page, 'Lunchwandeling vanaf het Stadhuis');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.screenshot({ path: '/tmp/sb-activities-stella.png' });
    await page.context().close();
  });

  for (const theme of ['default', 'dark', 'contrast']) {
    it(`renders in the Teams frame at 360 px in the ${theme} theme without WCAG violations`, async () => {
      const { page } = await open(`/teams?theme=${theme}&device=phone`, ANOUK, 360);
      const overflow = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(describeViolations(await axeViolations(page))).toBe('');
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      await page.getByLabel('Pijler').waitFor();
      await settled(page);
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(describeViolations(await axeViolations(page))).toBe('');
      await page.screenshot({ path: `/tmp/sb-activities-teams-${theme}-360.png`, fullPage: true });
      await openDetail(page, 'Start to Run voor beginners');
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(describeViolations(await axeViolations(page))).toBe('');
      await page.screenshot({ path: `/tmp/sb-activities-teams-${theme}-360-detail.png` });
      await closeDetail(page);
      await page.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
      await page.getByRole('list', { name: 'Mijn aanmeldingen' }).waitFor();
      expect(describeViolations(await axeViolations(page))).toBe('');
      await page.context().close();
    });
  }
});

// Issue 15, "Employee": what an employee on a phone met. Last in this file: the long
// title is posted here, so the earlier tests see the seeded catalogue as it was.
describe('Activiteiten for an employee on a phone (issue 15)', () => {
  // 255 characters (SharePoint's Title limit) without a single space.
  const LONG_TITLE = 'Vitaliteitsbewegingsstimuleringsprogrammaonderdeel'.repeat(6).slice(0, 255);

  /** Overlap in px of two boxes (0 when they do not overlap). */
  const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: { left: number; right: number; top: number; bottom: number }): number =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * (Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top) ? 1 : 0);

  it('gives every sign-up button of a drop-in its own name: what and when', async () => {
    const { page } = await open('/', ANOUK);
    await openDetail(page, 'Lunchwandeling vanaf het Stadhuis');
    const buttons = dialog(page).locator('[data-slot-action]');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(3);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      names.push((await buttons.nth(i).getAttribute('aria-label')) || '');
      expect(await buttons.nth(i).textContent()).toMatch(/^(Aanmelden|Afmelden)$/);
    }
    expect(new Set(names).size).toBe(count);
    // The accessibility tree has them by that name (a date like "di 8 dec").
    await dialog(page).getByRole('button', { name: names[2], exact: true }).waitFor();
    expect(names[2]).toMatch(/^(Aanmelden|Afmelden) voor Lunchwandeling vanaf het Stadhuis, (ma|di|wo|do|vr|za|zo) \d{1,2} [a-z]{3}/);
    await page.context().close();
  });

  it('"Deel" copies the page address with only ?activity=<id> (no ?as=)', async () => {
    const { page } = await open('/?debug=1', ANOUK);
    await page.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = copied;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text: string) => { copied.push(text); return Promise.resolve(); } }
      });
    });
    expect(page.url()).toContain('as=');
    await openDetail(page, 'Start to Run voor beginners');
    await dialog(page).getByRole('button', { name: 'Deel', exact: true }).click();
    await dialog(page).getByText('Link gekopieerd').waitFor();
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toEqual([`${preview.origin}/?activity=${await activityId('Start to Run voor beginners')}`]);
    await page.context().close();
  });

  it('wraps a 255-character unbroken title at 360 px: no horizontal overflow, nothing under the close button', async () => {
    const id = await postOnePlaceActivity(preview.origin, LONG_TITLE, 1, 10);
    const { page } = await open('/teams?theme=default&device=phone', ANOUK, 360);
    const overflow = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const cardTitle = page.locator(`[data-activity-open="${id}"]`);
    await cardTitle.waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The card's title text stays inside its card.
    const inCard = await cardTitle.evaluate((button) => {
      const card = button.closest('[data-activity-card]') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(button);
      const text = range.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      return { textLeft: text.left, textRight: text.right, cardLeft: box.left, cardRight: box.right, scroll: card.scrollWidth - card.clientWidth };
    });
    expect(inCard.textLeft).toBeGreaterThanOrEqual(inCard.cardLeft);
    expect(inCard.textRight).toBeLessThanOrEqual(inCard.cardRight);
    expect(inCard.scroll).toBeLessThanOrEqual(0);
    await cardTitle.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/issue15-long-title-card-360.png' });

    await cardTitle.click();
    const surface = page.locator(`[data-activity-detail="${id}"]`);
    await surface.waitFor();
    await page.waitForFunction(() => (document.querySelector('[role="dialog"]')?.textContent || '').indexOf('Plekken laden') < 0);
    await settled(page);
    const measure = (): Promise<{ title: DOMRect[]; close: DOMRect; surfaceScroll: number; docOverflow: number }> =>
      page.evaluate((detailId) => {
        const root = document.querySelector(`[data-activity-detail="${detailId}"]`) as HTMLElement;
        const heading = root.querySelector('h2') as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(heading);
        const close = (root.querySelector('[data-detail-close]') as HTMLElement).getBoundingClientRect();
        return {
          title: Array.from(range.getClientRects()).map((r) => r.toJSON() as DOMRect),
          close: close.toJSON() as DOMRect,
          surfaceScroll: root.scrollWidth - root.clientWidth,
          docOverflow: document.documentElement.scrollWidth - window.innerWidth
        };
      }, id);
    const before = await measure();
    expect(before.docOverflow).toBeLessThanOrEqual(0);
    expect(before.surfaceScroll).toBeLessThanOrEqual(0);
    expect(before.title.length).toBeGreaterThan(1); // it wraps
    for (const line of before.title) {
      expect(overlap(line, before.close)).toBe(0);
      expect(line.right).toBeLessThanOrEqual(360);
    }
    // The close button is a full-size target next to the title.
    expect(before.close.width).toBeGreaterThanOrEqual(24);
    expect(before.close.right).toBeLessThanOrEqual(360);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.screenshot({ path: '/tmp/issue15-long-title-detail-360.png' });

    // Signing up puts the title into the result message: that wraps as well.
    await dialog(page).locator('[data-slot-action="signUp"]').click();
    await dialog(page).locator('[data-slot-result]').waitFor();
    await settled(page);
    const after = await measure();
    expect(after.docOverflow).toBeLessThanOrEqual(0);
    expect(after.surfaceScroll).toBeLessThanOrEqual(0);
    const result = await dialog(page).locator('[data-slot-result]').evaluate((m) => {
      const box = m.getBoundingClientRect();
      return { right: box.right, scroll: m.scrollWidth - m.clientWidth };
    });
    expect(result.right).toBeLessThanOrEqual(360);
    expect(result.scroll).toBeLessThanOrEqual(0);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await dialog(page).locator('[data-slot-result]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/issue15-long-title-result-360.png' });
    await page.context().close();
  });
});
