import { Browser, BrowserContext, Page } from 'playwright-core';
import { startPreview, launchBrowser, axeViolations, describeViolations, Preview } from './harness';
import { teamsTabDeepLink } from '../../src/core/links/activityLinks';
import { TEAMS_APP_ID, ACTIVITIES_COMPONENT_ID } from '../../src/ui/host/productIds';

// Issue "Participants hear about it", in the preview's Teams frame: a participant's Teams
// activity feed (what #SamenBeter sent through Graph) and Outlook agenda, both reachable from
// the frame's header, and the "Graph-toestemming" switch that shows the preview without consent.

const ANOUK = 'anouk.janssen@maastricht.example';
const RUUD = 'ruud.vanthof@maastricht.example';
const COACH = 'lotte.vroemen@maastricht.example';
const WALK = 'Lunchwandeling vanaf het Stadhuis';
const PRODUCT_SCOPES = ['Calendars.ReadWrite', 'TeamsActivity.Send', 'User.Read', 'User.Read.All'];

let preview: Preview;
let browser: Browser;
let walkId: number;
const contexts: BrowserContext[] = [];

/** A Graph call as the persona's browser makes it in the preview: same origin, persona cookie. */
async function graph(as: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${preview.origin}/v1.0${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Cookie: `sb-persona=${as}` },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
}

async function admin<T>(path: string, body?: unknown): Promise<T> {
  const answer = await fetch(`${preview.origin}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return (await answer.json()) as T;
}

function notification(activityType: string, parameters: Record<string, string>, previewText: string): Record<string, unknown> {
  return {
    topic: { source: 'text', value: WALK, webUrl: teamsTabDeepLink({ appId: TEAMS_APP_ID, entityId: ACTIVITIES_COMPONENT_ID, activityId: walkId }) },
    activityType,
    previewText: { content: previewText },
    templateParameters: Object.keys(parameters).map((name) => ({ name, value: parameters[name] })),
    teamsAppId: TEAMS_APP_ID
  };
}

beforeAll(async () => {
  preview = await startPreview(4394);
  const found = await fetch(
    `${preview.origin}/sites/stella/_api/web/lists/getByTitle('SamenBeter Activiteiten')/items?$select=Id&$filter=Title eq '${WALK}'`,
    { headers: { Accept: 'application/json', Authorization: `Bearer ${ANOUK}` } }
  );
  walkId = ((await found.json()) as { value: { Id: number }[] }).value[0].Id;

  // The coach changes the walk: one notification through $batch (as the product sends them)...
  const batch = await graph(COACH, 'POST', '/$batch', {
    requests: [
      {
        id: '1',
        method: 'POST',
        url: `/users/${encodeURIComponent(ANOUK)}/teamwork/sendActivityNotification`,
        headers: { 'Content-Type': 'application/json' },
        body: notification('activityChanged', { activity: WALK, change: 'nieuwe tijd 12:30' }, 'Nieuwe tijd: 12:30 in plaats van 12:15')
      }
    ]
  });
  const answers = ((await batch.json()) as { responses: { id: string; status: number }[] }).responses;
  expect(answers).toEqual([expect.objectContaining({ id: '1', status: 204 })]);
  // ...and one straight to the action.
  const direct = await graph(COACH, 'POST', `/users/${encodeURIComponent(ANOUK)}/teamwork/sendActivityNotification`,
    notification('placeFound', { activity: WALK }, 'Er kwam een plek vrij.'));
  expect(direct.status).toBe(204);
  // Anouk's own client put the walk in her Outlook calendar.
  const event = await graph(ANOUK, 'POST', '/me/events', {
    subject: WALK,
    body: { contentType: 'text', content: 'Wandel mee vanaf de hoofdingang van het Stadhuis.' },
    start: { dateTime: '2026-12-08T12:15:00', timeZone: 'W. Europe Standard Time' },
    end: { dateTime: '2026-12-08T13:00:00', timeZone: 'W. Europe Standard Time' },
    location: { displayName: 'Stadhuis Markt, hoofdingang' },
    isReminderOn: true,
    reminderMinutesBeforeStart: 30,
    categories: ['#SamenBeter']
  });
  expect(event.status).toBe(201);
  browser = await launchBrowser();
}, 120000);

afterAll(async () => {
  if (preview) {
    await admin('/_emulator/graph/consent', { consent: PRODUCT_SCOPES }).catch(() => undefined);
  }
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await preview?.stop();
});

async function open(path: string, as: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const sep = path.indexOf('?') >= 0 ? '&' : '?';
  await page.goto(`${preview.origin}${path}${sep}as=${encodeURIComponent(as)}`);
  await page.locator('[data-activity-open]').first().waitFor();
  return page;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

const feedButton = (page: Page) => page.locator('#sb-feed-button');
const agendaButton = (page: Page) => page.locator('#sb-agenda-button');
const feedPanel = (page: Page) => page.getByRole('region', { name: /^(Activiteit|Activity)$/ });
const agendaPanel = (page: Page) => page.getByRole('region', { name: /^(Outlook-agenda|Outlook calendar)$/ });

async function expectNoViolations(page: Page): Promise<void> {
  await settled(page);
  const violations = await axeViolations(page);
  expect(describeViolations(violations)).toBe('');
}

describe('the Teams frame: activity feed, agenda and Graph consent', () => {
  it("shows Anouk's unread notifications on the bell, lists them worded as Teams words them, newest first, and a click lands on the activity", async () => {
    const page = await open('/teams', ANOUK);
    await page.waitForFunction(() => document.querySelector('#sb-feed-button')?.getAttribute('aria-label') === 'Activiteit, 2 meldingen');
    expect((await page.locator('[data-feed-badge]').textContent())?.trim()).toBe('2');
    expect(await feedButton(page).getAttribute('aria-expanded')).toBe('false');

    await feedButton(page).click();
    const panel = feedPanel(page);
    await panel.locator('[data-feed-item]').nth(1).waitFor();
    expect(await feedButton(page).getAttribute('aria-expanded')).toBe('true');
    expect(await feedButton(page).getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
    await panel.getByRole('heading', { name: 'Activiteit', level: 2 }).waitFor();
    expect(await page.evaluate(() => !!document.activeElement && !!document.activeElement.closest('[data-frame-panel="feed"]'))).toBe(true);
    const texts = await panel.locator('.feed__text').allTextContents();
    expect(texts).toEqual([`Je hebt een plek bij ${WALK}`, `Lotte Vroemen heeft ${WALK} gewijzigd: nieuwe tijd 12:30`]);
    await panel.getByText('Nieuwe tijd: 12:30 in plaats van 12:15').waitFor();
    // Opened = seen: the bell's count is gone.
    await page.waitForFunction(() => document.querySelector('#sb-feed-button')?.getAttribute('aria-label') === 'Activiteit, geen nieuwe meldingen');
    expect(await page.locator('[data-feed-badge]').isHidden()).toBe(true);
    await expectNoViolations(page);
    await page.screenshot({ path: '/tmp/frame-test-feed-desktop.png' });

    // Escape closes and gives focus back to the bell.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sb-feed-button');
    expect(await feedButton(page).getAttribute('aria-expanded')).toBe('false');

    // Keyboard: Enter opens, the change notification opens the walk in the Activiteiten tab.
    await page.keyboard.press('Enter');
    const changed = panel.getByRole('link', { name: new RegExp(`Lotte Vroemen heeft ${WALK} gewijzigd`) });
    await changed.waitFor();
    expect(await changed.getAttribute('href')).toBe(`/teams?tab=activities&activity=${walkId}`);
    await Promise.all([page.waitForURL(new RegExp(`[?&]activity=${walkId}(&|$)`)), changed.click()]);
    await page.getByRole('dialog').getByRole('heading', { name: WALK }).waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('activities');
  });

  it("lists Anouk's Outlook agenda with date, time, place and reminder; Ruud's is empty", async () => {
    // The loopback listing behind the panel: the calendar as the emulator stores it.
    const listed = await admin<{ value: Record<string, unknown>[] }>(`/_emulator/graph/events?owner=${encodeURIComponent(ANOUK)}`);
    expect(listed.value).toEqual([
      expect.objectContaining({
        subject: WALK,
        start: '2026-12-08T11:15:00.000Z',
        end: '2026-12-08T12:00:00.000Z',
        location: 'Stadhuis Markt, hoofdingang',
        isReminderOn: true,
        reminderMinutesBeforeStart: 30,
        categories: ['#SamenBeter'],
        bodyPreview: 'Wandel mee vanaf de hoofdingang van het Stadhuis.'
      })
    ]);
    expect((await fetch(`${preview.origin}/_emulator/graph/events`)).status).toBe(400);
    const feed = await admin<{ value: Record<string, unknown>[] }>(`/_emulator/graph/activity?recipient=${encodeURIComponent(ANOUK)}`);
    expect(feed.value.map((n) => n.senderDisplayName)).toEqual(['Lotte Vroemen', 'Lotte Vroemen']);

    const page = await open('/teams', ANOUK);
    await agendaButton(page).click();
    const panel = agendaPanel(page);
    const event = panel.locator('[data-agenda-event]');
    await event.first().waitFor();
    expect(await event.count()).toBe(1);
    expect(await agendaButton(page).getAttribute('aria-expanded')).toBe('true');
    const text = (await event.first().textContent()) || '';
    expect(text).toContain('di 8 dec 2026');
    expect(text).toContain('12:15–13:00');
    expect(text).toContain('Stadhuis Markt, hoofdingang');
    expect(text).toContain('Herinnering 30 min');
    await panel.getByRole('heading', { name: WALK, level: 3 }).waitFor();
    await expectNoViolations(page);
    // Opening the other panel closes this one.
    await feedButton(page).click();
    await feedPanel(page).waitFor();
    expect(await panel.isHidden()).toBe(true);
    expect(await agendaButton(page).getAttribute('aria-expanded')).toBe('false');

    const ruud = await open('/teams', RUUD);
    await agendaButton(ruud).click();
    await agendaPanel(ruud).getByText('Geen afspraken in je agenda').waitFor();
    await ruud.locator('[data-frame-panel="agenda"] [data-frame-close]').click();
    await agendaPanel(ruud).waitFor({ state: 'hidden' });
    expect(await ruud.evaluate(() => document.activeElement?.id)).toBe('sb-agenda-button');
  });

  it('speaks English with lang=en', async () => {
    const page = await open('/teams?lang=en', ANOUK);
    await page.waitForFunction(() => /^Activity, 2 notifications$/.test(document.querySelector('#sb-feed-button')?.getAttribute('aria-label') || ''));
    await feedButton(page).click();
    await feedPanel(page).getByText(`Lotte Vroemen changed ${WALK}: nieuwe tijd 12:30`).waitFor();
    await agendaButton(page).click();
    await agendaPanel(page).getByText('Reminder 30 min', { exact: false }).waitFor();
  });

  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`fits the 360 px phone frame with a panel open in the ${theme} theme, without WCAG violations`, async () => {
      const page = await open(`/teams?theme=${theme}&device=phone`, ANOUK, 360);
      const overflow = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await feedButton(page).click();
      await feedPanel(page).locator('[data-feed-item]').nth(1).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      const box = await feedPanel(page).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
      await expectNoViolations(page);
      await page.screenshot({ path: `/tmp/frame-test-feed-phone-${theme}.png` });
      await agendaButton(page).click();
      await agendaPanel(page).locator('[data-agenda-event]').first().waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectNoViolations(page);
    });
  }

  it('the Graph-toestemming switch withdraws the consent (the fallback) and grants it again', async () => {
    const page = await open('/teams', ANOUK);
    const toggle = page.getByRole('switch', { name: 'Graph-toestemming' });
    await page.waitForFunction(() => document.querySelector('[data-consent-state]')?.textContent === 'aan');
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    try {
      await Promise.all([page.waitForEvent('load'), toggle.click()]);
      await page.locator('[data-activity-open]').first().waitFor();
      expect(await toggle.getAttribute('aria-checked')).toBe('false');
      expect(await page.locator('[data-consent-state]').textContent()).toBe('uit');
      expect(await admin<{ consent: string[] }>('/_emulator/graph/consent')).toEqual({ consent: [] });
      // Without consent Graph refuses the product's calls (403): no more notifications.
      const refused = await graph(COACH, 'POST', `/users/${encodeURIComponent(ANOUK)}/teamwork/sendActivityNotification`,
        notification('activityCancelled', { activity: WALK }, 'Afgezegd'));
      expect(refused.status).toBe(403);
      await feedButton(page).click();
      await feedPanel(page).getByText('Graph-toestemming staat uit: #SamenBeter stuurt nu geen Teams-meldingen.').waitFor();
      expect(await feedPanel(page).locator('[data-feed-item]').count()).toBe(2);
      await expectNoViolations(page);
      await page.keyboard.press('Escape');

      await Promise.all([page.waitForEvent('load'), toggle.click()]);
      await page.locator('[data-activity-open]').first().waitFor();
      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      expect(await admin<{ consent: string[] }>('/_emulator/graph/consent')).toEqual({ consent: PRODUCT_SCOPES });
    } finally {
      await admin('/_emulator/graph/consent', { consent: PRODUCT_SCOPES });
    }
  });
});
