import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startPreview, launchBrowser, axeViolations, describeViolations, Preview } from './harness';
import { amsterdamDateOf, amsterdamInstant } from '../../src/core/time/amsterdam';
import { addDays, CalendarDate, toIsoDate, weekdayOf } from '../../src/core/time/calendarDate';
import { formatDateShort, monthName, weekdayName } from '../../src/core/time/dutchFormat';

// Issue "Participants hear about it", done-when, in the real preview, each step as the persona
// involved: the ambassador (Maud) changes, calls off and sees who is affected in the studio; the
// participants (Anouk with a place, Ruud on the waiting list; Fenna signs up after the change)
// see it in their Teams activity feed (the frame's bell), in their Outlook agenda (the frame's
// agenda panel) and in the Activiteiten tab ("Gewijzigd sinds je aanmelding", "Je hebt een
// plek", the date's reason).
// Without Graph consent nothing fails: the same flow says so and the in-app lines remain.
// Every test makes its own activity over REST as Maud (dates relative to today, as the other
// browser tests do: the preview's sign-up times are SharePoint's real Created), and clears the
// emulated feed first so "nothing arrived" can be checked literally.

const MAUD = 'maud.schreurs@maastricht.example';
const ANOUK = 'anouk.janssen@maastricht.example';
const RUUD = 'ruud.vanthof@maastricht.example';
const FENNA = 'fenna.lemmens@maastricht.example';
const PRODUCT_SCOPES = ['User.Read', 'TeamsActivity.Send', 'Calendars.ReadWrite'];
const NO_CONSENT_AGENDA =
  'Je Outlook-agenda is vanuit #SamenBeter niet bereikbaar: de beheerder heeft die toegang nog niet goedgekeurd. Gebruik "In agenda (.ics)".';

let preview: Preview;
let browser: Browser;
const contexts: BrowserContext[] = [];
const today = amsterdamDateOf(new Date());

beforeAll(async () => {
  preview = await startPreview(4386);
  browser = await launchBrowser();
}, 120000);

// Each test's browsers are done with when it ends: fewer open pages, less load on 2 cores.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
});

afterAll(async () => {
  if (preview) {
    await admin('/_emulator/graph/consent', { consent: PRODUCT_SCOPES }).catch(() => undefined);
  }
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await preview?.stop();
});

async function admin<T>(path: string, body?: unknown): Promise<T> {
  const answer = await fetch(`${preview.origin}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return (await answer.json()) as T;
}

/** An activity of Maud's, posted over REST as SharePoint would get it from the studio. */
async function postActivity(title: string, shape: 'oneOff' | 'weeklyDropIn', days: CalendarDate[], capacity: number): Promise<number> {
  const site = `${preview.origin}/sites/stella/_api`;
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${MAUD}` };
  const me = (await (await fetch(`${site}/web/currentUser`, { headers })).json()) as { Id: number };
  const starts = days.map((d) => amsterdamInstant(d, { hour: 12, minute: 15 }).toISOString());
  const answer = await fetch(`${site}/web/lists/getByTitle('SamenBeter Activiteiten')/items`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      Title: title,
      SbDescription: '<p>Een korte wandeling om het bericht aan de deelnemers te testen.</p>',
      SbPillar: 'Samen',
      SbShape: shape,
      SbStart: starts[0],
      SbEnd: amsterdamInstant(days[0], { hour: 13, minute: 0 }).toISOString(),
      SbLastDate: starts[starts.length - 1],
      SbSessionDates: JSON.stringify(starts),
      SbLocation: 'Stadhuis Markt, hoofdingang',
      SbIsOnline: false,
      SbCapacity: capacity,
      SbIsPrivate: false,
      SbStatus: 'open',
      SbOrganiserId: me.Id
    })
  });
  if (answer.status !== 201) {
    throw new Error(`could not post ${title}: ${answer.status} ${await answer.text()}`);
  }
  return ((await answer.json()) as { Id: number }).Id;
}

async function resetFeeds(): Promise<void> {
  await admin('/_emulator/graph/activity/reset', {});
}

async function feedOf(email: string): Promise<Array<{ activityType: string; topic: { value?: string } }>> {
  return (await admin<{ value: Array<{ activityType: string; topic: { value?: string } }> }>(`/_emulator/graph/activity?recipient=${encodeURIComponent(email)}`)).value;
}

/** A persona's own browser (its localStorage remembers what it put in Outlook). */
async function personaPage(as: string, path = '/teams?tab=activities'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  const sep = path.indexOf('?') >= 0 ? '&' : '?';
  await page.goto(`${preview.origin}${path}${sep}as=${encodeURIComponent(as)}`);
  return page;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function expectNoViolations(page: Page): Promise<void> {
  await settled(page);
  expect(describeViolations(await axeViolations(page))).toBe('');
}

const dialog = (page: Page): Locator => page.getByRole('dialog');
const feedButton = (page: Page): Locator => page.locator('#sb-feed-button');
const agendaButton = (page: Page): Locator => page.locator('#sb-agenda-button');
const feedPanel = (page: Page): Locator => page.getByRole('region', { name: 'Activiteit', exact: true });
const agendaPanel = (page: Page): Locator => page.getByRole('region', { name: 'Outlook-agenda', exact: true });

/** The Activiteiten tab (a fresh load: the bell counts what arrived since). */
async function goActivities(page: Page): Promise<void> {
  await page.goto(`${preview.origin}/teams?tab=activities`);
  await page.locator('[data-activity-open]').first().waitFor();
}

/** The activity's detail through its shared link, places loaded. */
async function openActivity(page: Page, id: number, title: string): Promise<void> {
  await page.goto(`${preview.origin}/teams?tab=activities&activity=${id}`);
  await detailLoaded(page, title);
}

async function detailLoaded(page: Page, title: string): Promise<void> {
  await dialog(page).getByRole('heading', { name: title }).waitFor();
  await page.waitForFunction(() => {
    const d = document.querySelector('[role="dialog"]');
    return !!d && (d.textContent || '').indexOf('Plekken laden') < 0;
  });
}

async function closeDetail(page: Page, escape = true): Promise<void> {
  if (escape) {
    await page.keyboard.press('Escape');
  }
  await dialog(page).waitFor({ state: 'detached' });
  await page.waitForFunction(() => !document.querySelector('header[aria-hidden="true"], main [aria-hidden="true"][data-webpart]'));
}

async function signUp(page: Page, id: number, title: string, expected: 'place' | 'waiting', sessionDate?: string, position = 1): Promise<void> {
  await openActivity(page, id, title);
  const scope = sessionDate ? dialog(page).locator(`li[data-session="${sessionDate}"]`) : dialog(page);
  await scope.locator('[data-slot-action="signUp"]').click();
  await scope
    // A drop-in date's confirmation names the date too ("…voor <title>, do 10 dec.").
    .getByText(expected === 'place' ? new RegExp(`^Gelukt: je bent aangemeld voor ${title}[.,]`) : `${title} is vol. Je staat op de wachtlijst, op positie ${position}.`)
    .waitFor()
    .catch(async (e) => {
      await page.screenshot({ path: '/tmp/sb-told-signup-fail.png', fullPage: true });
      console.log(await dialog(page).textContent());
      throw e;
    });
}

/** The feed panel's lines once `count` are listed (opening it marks them seen); 0 waits for "Nog geen meldingen". */
async function feedLines(page: Page, count: number): Promise<string[]> {
  await feedButton(page).click();
  const panel = feedPanel(page);
  await panel.waitFor();
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-feed-list] [data-feed-item]').length === n &&
      (n > 0 || document.querySelector('[data-feed-status]')?.textContent === 'Nog geen meldingen'),
    count
  );
  return panel.locator('.feed__text').allTextContents();
}

async function bellLabel(page: Page, label: string): Promise<void> {
  await page.waitForFunction((l) => document.querySelector('#sb-feed-button')?.getAttribute('aria-label') === l, label);
}

/** The agenda panel's events whose subject is `title`, as text. */
async function agendaEntries(page: Page, title: string): Promise<string[]> {
  await agendaButton(page).click();
  const panel = agendaPanel(page);
  await panel.waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-agenda-status]')?.textContent || '').indexOf('laden') < 0);
  const entries = await panel.locator('[data-agenda-event]').filter({ has: page.getByRole('heading', { name: title, level: 3 }) }).allTextContents();
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  return entries;
}

async function openStudio(): Promise<Page> {
  const page = await personaPage(MAUD, '/teams?tab=studio');
  await studioLoaded(page);
  return page;
}

async function studioLoaded(page: Page): Promise<void> {
  await page.locator('[data-studio]').waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-studio]')?.textContent || '').indexOf('laden…') < 0);
  await page.locator('[data-studio-tab="mine"]').waitFor();
}

async function myActivity(studio: Page, title: string): Promise<Locator> {
  await studio.getByRole('tab', { name: 'Mijn activiteiten' }).click();
  const item = studio.locator('[data-my-activity]').filter({ has: studio.getByRole('heading', { name: title, exact: true }) });
  await item.waitFor();
  return item;
}

/** Wijzigen → new time → the form says who is affected; returns after "Wijzigingen opslaan". */
async function changeTime(studio: Page, title: string, affected: string, axe = false): Promise<void> {
  const item = await myActivity(studio, title);
  await item.locator('[data-edit]').click();
  await studio.locator('[data-field="startTime"]').fill('12:30');
  await studio.locator('[data-field="endTime"]').fill('13:15');
  await studio.locator('[data-affected]').getByText(affected, { exact: true }).waitFor();
  expect(await studio.locator('[data-studio-submit]').getAttribute('aria-describedby')).toBe(await studio.locator('[data-affected]').getAttribute('id'));
  if (axe) {
    await expectNoViolations(studio);
  }
  await studio.locator('[data-studio-submit]').click();
}

/** 'di 8 dec' as the Activiteiten tab writes a date (core's names; the year only when not this one). */
function dayLabel(date: CalendarDate): string {
  const year = date.year !== today.year ? ` ${date.year}` : '';
  return `${weekdayName(weekdayOf(date.year, date.month, date.day), 'nl-NL', 'short')} ${date.day} ${monthName(date.month, 'nl-NL', 'short')}${year}`;
}

describe('participants hear about changes (issue "Participants hear about it")', () => {
  it('a time change reaches the confirmed and the waiting participant in their feed; the confirmed one\'s Outlook event follows on her next visit', async () => {
    const title = 'Wandeling Tijdwijziging';
    const id = await postActivity(title, 'oneOff', [addDays(today, 6)], 1);
    await resetFeeds();

    // Anouk gets the place and puts it in her Outlook agenda; Ruud waits (no agenda button).
    const anouk = await personaPage(ANOUK);
    await signUp(anouk, id, title, 'place');
    await dialog(anouk).locator('[data-agenda-add]').click();
    await dialog(anouk).locator('[data-agenda-in]').waitFor();
    // Focus follows the button to its confirmation, so the keyboard keeps its place in the dialog.
    await anouk.waitForFunction(() => document.activeElement !== null && document.activeElement.hasAttribute('data-agenda-in'));
    await anouk.keyboard.press('Escape');
    await closeDetail(anouk, false);
    const before = await agendaEntries(anouk, title);
    expect(before).toHaveLength(1);
    expect(before[0]).toContain('12:15–13:00');

    const ruud = await personaPage(RUUD);
    await signUp(ruud, id, title, 'waiting');
    await dialog(ruud).getByText('Op de wachtlijst (positie 1)').waitFor();
    expect(await dialog(ruud).locator('[data-agenda-add]').count()).toBe(0);

    // Maud changes the time; the form says who hears about it, the status that they did.
    const studio = await openStudio();
    await changeTime(studio, title, 'Deze wijziging raakt 2 deelnemers; zij krijgen bericht.', true);
    await studio
      .locator('[data-studio-status]')
      .getByText(`Opgeslagen: ${title} 2 deelnemers kregen een melding in Teams.`, { exact: true })
      .waitFor();
    await (await myActivity(studio, title)).getByText(/12:30–13:15/).waitFor();

    // Anouk: the bell, then the notification opens the activity, which brings her Outlook event along.
    await goActivities(anouk);
    await bellLabel(anouk, 'Activiteit, 1 melding');
    expect(await feedLines(anouk, 1)).toEqual([`Maud Schreurs heeft ${title} gewijzigd: nu 12:30–13:15`]);
    const link = feedPanel(anouk).getByRole('link', { name: new RegExp(`heeft ${title} gewijzigd`) });
    expect(await link.getAttribute('href')).toBe(`/teams?tab=activities&activity=${id}`);
    await Promise.all([anouk.waitForURL(new RegExp(`[?&]activity=${id}(&|$)`)), link.click()]);
    await detailLoaded(anouk, title);
    await dialog(anouk).locator('[data-agenda-synced]').getByText('Je Outlook-agenda is bijgewerkt.', { exact: true }).waitFor();
    expect(await dialog(anouk).locator('[data-changed-since]').textContent()).toBe('Gewijzigd sinds je aanmelding: nu 12:30–13:15');
    await expectNoViolations(anouk);
    await anouk.screenshot({ path: '/tmp/sb-told-changed-detail.png' });
    await closeDetail(anouk);
    const after = await agendaEntries(anouk, title);
    expect(after).toHaveLength(1);
    expect(after[0]).toContain('12:30–13:15');
    expect(after[0]).toContain('Stadhuis Markt, hoofdingang');
    await anouk.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
    const mine = anouk.locator(`[data-my-signup="${id}"]`);
    await mine.locator('[data-changed-since]').getByText('Gewijzigd sinds je aanmelding: nu 12:30–13:15').waitFor();
    await expectNoViolations(anouk);

    // Ruud, waiting: the same notification and the same line on his sign-up.
    await goActivities(ruud);
    await bellLabel(ruud, 'Activiteit, 1 melding');
    expect(await feedLines(ruud, 1)).toEqual([`Maud Schreurs heeft ${title} gewijzigd: nu 12:30–13:15`]);
    await ruud.keyboard.press('Escape');
    await ruud.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
    const ruudMine = ruud.locator(`[data-my-signup="${id}"]`);
    await ruudMine.getByText('Op de wachtlijst (positie 1)').waitFor();
    expect(await ruudMine.locator('[data-changed-since]').textContent()).toBe('Gewijzigd sinds je aanmelding: nu 12:30–13:15');
    // Nobody else's feed: the organiser is not told about her own change.
    expect(await feedOf(MAUD)).toEqual([]);

    // Fenna signs up after the change: nothing "changed since" for her, nothing in her feed.
    const fenna = await personaPage(FENNA);
    await signUp(fenna, id, title, 'waiting', undefined, 2);
    await dialog(fenna).getByText('Op de wachtlijst (positie 2)').waitFor();
    expect(await dialog(fenna).locator('[data-changed-since]').count()).toBe(0);
    expect(await feedOf(FENNA)).toEqual([]);
  });

  it('an employee cancels: the first waiting person is told "Je hebt een plek" and sees it in the app', async () => {
    const title = 'Wandeling Plek vrij';
    const id = await postActivity(title, 'oneOff', [addDays(today, 7)], 1);
    const anouk = await personaPage(ANOUK);
    await signUp(anouk, id, title, 'place');
    const ruud = await personaPage(RUUD);
    await signUp(ruud, id, title, 'waiting');
    await resetFeeds();

    await openActivity(anouk, id, title);
    await dialog(anouk).locator('[data-slot-action="cancel"]').click();
    await dialog(anouk).getByText(`Je bent afgemeld voor ${title}.`).waitFor();

    await goActivities(ruud);
    await bellLabel(ruud, 'Activiteit, 1 melding');
    expect(await feedLines(ruud, 1)).toEqual([`Je hebt een plek bij ${title}`]);
    await feedPanel(ruud).getByText('Je stond op de wachtlijst en hebt nu een plek.').waitFor();
    const link = feedPanel(ruud).getByRole('link', { name: new RegExp(`Je hebt een plek bij ${title}`) });
    await Promise.all([ruud.waitForURL(new RegExp(`[?&]activity=${id}(&|$)`)), link.click()]);
    await detailLoaded(ruud, title);
    await dialog(ruud).locator('[data-place-found]').getByText('Je hebt een plek: je stond op de wachtlijst en er heeft iemand afgezegd.').waitFor();
    await dialog(ruud).getByText('Aangemeld', { exact: true }).waitFor();
    // With a place now, his agenda button is there.
    await dialog(ruud).locator('[data-agenda-add]').waitFor();
    expect(await feedOf(ANOUK)).toEqual([]);
  });

  it('a date called off with a reason reaches its participants in "Mijn aanmeldingen" and their feed; the other date\'s people get nothing', async () => {
    const title = 'Wandeling Datum Afzeggen';
    const d1 = addDays(today, 6);
    const d2 = addDays(today, 13);
    const iso1 = toIsoDate(d1);
    const iso2 = toIsoDate(d2);
    const reason = 'De gids is die dag op cursus';
    const id = await postActivity(title, 'weeklyDropIn', [d1, d2], 10);
    const anouk = await personaPage(ANOUK);
    await signUp(anouk, id, title, 'place', iso1);
    const ruud = await personaPage(RUUD);
    await signUp(ruud, id, title, 'place', iso2);
    await resetFeeds();

    // Maud: Deelnemers → the first date → Datum afzeggen, with who is affected and a reason.
    const studio = await openStudio();
    const item = await myActivity(studio, title);
    await item.locator('[data-show-participants]').click();
    const slot1 = item.locator(`[data-slot="${iso1}"]`);
    await slot1.locator('[data-confirmed]').getByText('Anouk Janssen').waitFor();
    await slot1.locator('[data-date-cancel-button]').click();
    const confirm = slot1.locator('[data-cancel-confirm]');
    await confirm.waitFor();
    expect(await confirm.locator('[data-cancel-who]').textContent()).toMatch(/^1 deelnemer/);
    expect(await studio.evaluate(() => !!document.activeElement && !!document.activeElement.closest('[data-cancel-confirm]'))).toBe(true);
    await confirm.locator('textarea[data-cancel-reason]').fill(reason);
    await expectNoViolations(studio);
    await studio.screenshot({ path: '/tmp/sb-told-date-cancel-confirm.png', fullPage: true });
    await confirm.locator('[data-cancel-confirm-button]').click();
    await item.locator('[data-told]').getByText('1 deelnemer kreeg een melding in Teams.', { exact: true }).waitFor();
    await slot1.getByText('Afgezegd', { exact: true }).waitFor();
    await slot1.getByText(`Reden van de organisator: ${reason}`).waitFor();
    // The other date is untouched.
    await item.locator(`[data-slot="${iso2}"] [data-date-cancel-button]`).waitFor();

    // Anouk (the called-off date): the reason on her sign-up, and a notification.
    await goActivities(anouk);
    await bellLabel(anouk, 'Activiteit, 1 melding');
    await anouk.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
    const mine = anouk.locator(`[data-my-signup="${id}|${iso1}"]`);
    await mine.locator('[data-date-cancelled]').waitFor();
    expect(await mine.locator('[data-date-cancelled]').textContent()).toBe(`Gaat niet door op ${dayLabel(d1)}. Reden van de organisator: ${reason}`);
    expect(await feedLines(anouk, 1)).toEqual([`${title} op ${formatDateShort(d1, 'nl-NL')} gaat niet door`]);
    await feedPanel(anouk).getByText(`Deze datum gaat niet door. Reden: ${reason}`).waitFor();

    // Ruud (the other date): nothing in his feed, nothing on his sign-up.
    await goActivities(ruud);
    await bellLabel(ruud, 'Activiteit, geen nieuwe meldingen');
    expect(await feedLines(ruud, 0)).toEqual([]);
    await ruud.keyboard.press('Escape');
    await ruud.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
    const ruudMine = ruud.locator(`[data-my-signup="${id}|${iso2}"]`);
    await ruudMine.getByText('Aangemeld', { exact: true }).waitFor();
    expect(await ruudMine.locator('[data-date-cancelled]').count()).toBe(0);
    expect(await feedOf(RUUD)).toEqual([]);
  });

  it('without Graph consent the same change reports no error, participants still see it in the app, feeds stay empty, Outlook says why and .ics works', async () => {
    const title = 'Wandeling Zonder Toestemming';
    const id = await postActivity(title, 'oneOff', [addDays(today, 8)], 1);
    const anouk = await personaPage(ANOUK);
    await signUp(anouk, id, title, 'place');
    const ruud = await personaPage(RUUD);
    await signUp(ruud, id, title, 'waiting');
    await resetFeeds();

    const studio = await openStudio();
    try {
      // The frame's switch, as the preview's user turns it off.
      const toggle = studio.getByRole('switch', { name: 'Graph-toestemming' });
      await studio.waitForFunction(() => document.querySelector('[data-consent-state]')?.textContent === 'aan');
      await Promise.all([studio.waitForEvent('load'), toggle.click()]);
      await studioLoaded(studio);
      expect(await toggle.getAttribute('aria-checked')).toBe('false');
      expect(await admin<{ consent: string[] }>('/_emulator/graph/consent')).toEqual({ consent: [] });

      // Anouk: "In mijn Outlook-agenda" says the access is not approved; the .ics file still works.
      await openActivity(anouk, id, title);
      await dialog(anouk).locator('[data-agenda-add]').click();
      await dialog(anouk).locator('[data-agenda-problem]').getByText(NO_CONSENT_AGENDA, { exact: true }).waitFor();
      expect(await dialog(anouk).locator('[data-agenda-in]').count()).toBe(0);
      const ics = dialog(anouk).getByRole('button', { name: 'In agenda (.ics)' });
      const [download] = await Promise.all([anouk.waitForEvent('download'), ics.click()]);
      const text = readFileSync((await download.path()) as string, 'utf8');
      expect(text.indexOf('BEGIN:VCALENDAR\r\n')).toBe(0);
      expect(text).toContain(`SUMMARY:${title}`);
      expect((await admin<{ value: unknown[] }>(`/_emulator/graph/events?owner=${encodeURIComponent(ANOUK)}`)).value.filter((e) => (e as { subject: string }).subject === title)).toEqual([]);

      // Maud changes the time: saved, an info line instead of an error.
      await changeTime(studio, title, 'Deze wijziging raakt 2 deelnemers; zij krijgen bericht.');
      const status = studio.locator('[data-studio-status]');
      await status
        .getByText(
          `Opgeslagen: ${title} De deelnemers zien het bij hun aanmelding in #SamenBeter. Meldingen in Teams staan nog uit: de beheerder heeft de API-toegang niet goedgekeurd.`,
          { exact: true }
        )
        .waitFor();
      expect(await studio.locator('[data-save-error]').count()).toBe(0);
      expect(await studio.locator('[data-studio] [role="alert"]').count()).toBe(0);
      await (await myActivity(studio, title)).getByText(/12:30–13:15/).waitFor();

      // Both participants: the change on their sign-up, an empty feed.
      for (const page of [anouk, ruud]) {
        await openActivity(page, id, title);
        expect(await dialog(page).locator('[data-changed-since]').textContent()).toBe('Gewijzigd sinds je aanmelding: nu 12:30–13:15');
        expect(await dialog(page).locator('[data-agenda-synced]').count()).toBe(0);
        await bellLabel(page, 'Activiteit, geen nieuwe meldingen');
        await closeDetail(page);
        expect(await feedLines(page, 0)).toEqual([]);
        await feedPanel(page).getByText('Graph-toestemming staat uit: #SamenBeter stuurt nu geen Teams-meldingen.').waitFor();
        await page.keyboard.press('Escape');
      }
      expect(await feedOf(ANOUK)).toEqual([]);
      expect(await feedOf(RUUD)).toEqual([]);
      await anouk.getByRole('tab', { name: 'Mijn aanmeldingen' }).click();
      await anouk.locator(`[data-my-signup="${id}"] [data-changed-since]`).waitFor();
      await expectNoViolations(anouk);
    } finally {
      await admin('/_emulator/graph/consent', { consent: PRODUCT_SCOPES });
    }
  });
});
