import { Browser, BrowserContext, Page } from 'playwright-core';
import { startPreview, launchBrowser, axeViolations, describeViolations, Preview } from './harness';
import { amsterdamDateOf, currentIsoWeekInAmsterdam } from '../../src/core/time/amsterdam';
import { isoWeekKey } from '../../src/core/time/isoWeek';
import { toIsoDate } from '../../src/core/time/calendarDate';
import { closingDays } from '../../emulator/seed/content';

// Communications plan themes and schedule a news page for a national day on the content
// calendar; the page reaches the employee's news web part only once its time has come
// (the emulator's clock decides, as SharePoint's page scheduling would), and a draft stays
// unreadable over REST and as a page. Keyboard-only calendar, axe in SharePoint and Teams.

const COMMS = 'fenna.lemmens@maastricht.example';
const EMPLOYEE = 'anouk.janssen@maastricht.example';
const SITE_PAGES = '/sites/stella/SitePages';

let preview: Preview;
let browser: Browser;

beforeAll(async () => {
  preview = await startPreview(4395);
  browser = await launchBrowser();
});

afterAll(async () => {
  await setClock(null).catch(() => undefined);
  await browser?.close();
  await preview?.stop();
});

async function setClock(now: Date | null): Promise<void> {
  const r = await fetch(`${preview.origin}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ now: now ? now.toISOString() : null }) });
  if (!r.ok) {
    throw new Error(`clock: ${r.status}`);
  }
}

async function openAs(email: string, path: string, width = 1280): Promise<{ context: BrowserContext; page: Page; api: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const api: string[] = [];
  page.on('request', (r) => {
    if (r.url().indexOf('/_api/') >= 0) {
      api.push(`${r.method()} ${r.url()}`);
    }
  });
  const sep = path.indexOf('?') >= 0 ? '&' : '?';
  await page.goto(`${preview.origin}${path}${sep}as=${encodeURIComponent(email)}`);
  return { context, page, api };
}

/** What the signed-in persona gets of Site Pages over REST for a title (a forged request, no UI). */
async function restTitles(page: Page, title: string): Promise<number> {
  return page.evaluate(
    async ({ library, t }) => {
      const r = await fetch(`/sites/stella/_api/web/getList('${library}')/items?$select=Id,Title&$top=500`, { headers: { Accept: 'application/json' } });
      const json = (await r.json()) as { value: { Title: string }[] };
      return json.value.filter((i) => i.Title === t).length;
    },
    { library: SITE_PAGES, t: title }
  );
}

const grid = '[data-calendar-grid]';

async function calendarReady(page: Page): Promise<void> {
  await page.locator(grid).waitFor();
  await page.locator('text=Kalender laden…').waitFor({ state: 'detached' });
}

async function nextMonth(page: Page): Promise<void> {
  const title = await page.locator('[data-calendar-title]').textContent();
  await page.getByRole('button', { name: 'Volgende maand' }).click();
  await page.waitForFunction((old) => document.querySelector('[data-calendar-title]')?.textContent !== old, title);
  await page.waitForLoadState('networkidle');
  await page.locator('text=Maand laden…').waitFor({ state: 'detached' });
}

describe('the content calendar in the preview', () => {
  const scheduledTitle = `Bericht voor de nationale dag ${Date.now()}`;
  let publishAt: Date;

  it('lets Communications schedule a post for a national day, which employees cannot read before its time', async () => {
    const { context, page } = await openAs(COMMS, '/kalender');
    await calendarReady(page);
    // The first month ahead with a national day (the defaults have one in most months);
    // from next month on, so the day is in the future.
    await nextMonth(page);
    let chip = page.locator(`${grid} button[data-national-day-button]`).first();
    for (let i = 0; i < 6 && (await chip.count()) === 0; i++) {
      await nextMonth(page);
      chip = page.locator(`${grid} button[data-national-day-button]`).first();
    }
    const dayTitle = (await chip.getAttribute('data-national-day-button'))!;
    await chip.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Prefilled from the day.
    expect(await dialog.locator('[data-field="title"]').inputValue()).toContain(dayTitle);
    await dialog.locator('[data-field="title"]').fill(scheduledTitle);
    await dialog.locator('[contenteditable="true"]').click();
    await page.keyboard.type('Zet een collega in het zonnetje.');
    await dialog.locator('[data-field="excerpt"]').fill('Een bericht voor de nationale dag.');
    const date = await dialog.locator('[data-field="publishDate"]').inputValue();
    const time = await dialog.locator('[data-field="publishTime"]').inputValue();
    expect(time).toBe('09:00');
    const schedule = dialog.locator('[data-post-schedule]');
    expect(await schedule.textContent()).toBe('Inplannen');
    await schedule.click();
    await dialog.waitFor({ state: 'detached' });
    // The calendar says what happened, in words.
    await page.locator('text=medewerkers zien het bericht vanaf dan in het nieuws').waitFor();
    // Focus comes back into the calendar (the national day it was opened from), not to the page body.
    await page.waitForFunction(() => !!document.activeElement && document.activeElement !== document.body, undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => !!document.activeElement && !!document.activeElement.closest('[data-content-calendar]'))).toBe(true);
    const saved = page.locator(`${grid} [data-post-status="scheduled"]`, { hasText: scheduledTitle });
    await saved.waitFor();
    // 09:00 Amsterdam time on that date, whatever the DST offset.
    publishAt = new Date(
      await page.evaluate(
        ({ d, t }) => {
          const [y, m, day] = d.split('-').map(Number);
          const [h, min] = t.split(':').map(Number);
          for (const offset of [1, 2]) {
            const guess = new Date(Date.UTC(y, m - 1, day, h - offset, min));
            const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hour12: false }).format(guess);
            if (Number(parts) === h) return guess.toISOString();
          }
          throw new Error('no Amsterdam time');
        },
        { d: date, t: time }
      )
    );
    await context.close();

    const employee = await openAs(EMPLOYEE, '/');
    await employee.page.locator('[data-webpart="news"] h2').waitFor();
    await employee.page.locator('[data-webpart="news"] [data-news-card]').first().waitFor();
    expect(await employee.page.locator(`[data-webpart="news"] >> text=${scheduledTitle}`).count()).toBe(0);
    // Forged: the library over raw REST, no filter; and the page itself.
    expect(await restTitles(employee.page, scheduledTitle)).toBe(0);
    const fileName = `${scheduledTitle.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}.aspx`;
    const direct = await employee.page.request.get(`${preview.origin}${SITE_PAGES}/${fileName}`);
    expect(direct.status()).toBe(404);
    await employee.context.close();
  });

  it('shows the post on the news web part once its publish time has come', async () => {
    const later = new Date(publishAt.getTime() + 60 * 1000);
    await setClock(later);
    try {
      const { context, page } = await openAs(EMPLOYEE, `/?now=${encodeURIComponent(later.toISOString())}`);
      const card = page.locator('[data-webpart="news"] [data-news-open]', { hasText: scheduledTitle });
      await card.waitFor();
      expect(await restTitles(page, scheduledTitle)).toBe(1);
      // The card opens the SharePoint page itself.
      await card.click();
      await page.waitForURL(/\/sites\/stella\/SitePages\/.+\.aspx$/);
      await page.locator('h1', { hasText: scheduledTitle }).waitFor();
      await page.locator('text=Zet een collega in het zonnetje.').waitFor();
      await context.close();
    } finally {
      await setClock(null);
    }
  });

  it('keeps a draft from employees over raw REST, and shows it to Communications', async () => {
    const { context, page } = await openAs(COMMS, '/kalender');
    await calendarReady(page);
    await page.getByRole('button', { name: 'Nieuw bericht' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.locator('[data-field="title"]').fill('Geheim concept');
    await dialog.locator('[contenteditable="true"]').click();
    await page.keyboard.type('Nog niet klaar.');
    await dialog.locator('[data-field="pillar"]').selectOption('Beter');
    await dialog.getByRole('button', { name: 'Concept opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await restTitles(page, 'Geheim concept')).toBe(1);
    // Reopened, the draft offers SharePoint's own editor for its text.
    await page.locator(`${grid} [data-post-status="draft"]`, { hasText: 'Geheim concept' }).first().click();
    const again = page.getByRole('dialog');
    const edit = again.locator('[data-edit-in-sharepoint]');
    expect(await edit.getAttribute('href')).toMatch(/\/sites\/stella\/SitePages\/Geheim-concept.*\.aspx\?Mode=Edit$/);
    await context.close();

    const employee = await openAs(EMPLOYEE, '/');
    expect(await restTitles(employee.page, 'Geheim concept')).toBe(0);
    expect((await employee.page.request.get(`${preview.origin}${SITE_PAGES}/Geheim-concept.aspx`)).status()).toBe(404);
    await employee.context.close();
  });

  it('plans a month of themes in one go', async () => {
    const { context, page } = await openAs(COMMS, '/kalender');
    await calendarReady(page);
    // Beyond the seeded quarter: a month without themes.
    for (let i = 0; i < 5; i++) {
      await nextMonth(page);
    }
    const unplannedBefore = await page.locator(`${grid} >> text=Geen thema gepland`).count();
    expect(unplannedBefore).toBeGreaterThanOrEqual(4);
    await page.locator('[data-calendar-plan-themes]').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Vul aan met rotatie' }).click();
    await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Says what was saved (issue 15), not just "Opgeslagen".
    await page.locator('[data-calendar-status]', { hasText: /Weekthema's opgeslagen voor week \d+/ }).waitFor();
    // The calendar reloads the month after saving; every week the month owns gets its theme
    // (weeks of the neighbouring months may stay empty).
    await page.waitForFunction(() => document.querySelectorAll('[data-calendar-grid] [data-week-theme]').length >= 4, undefined, { timeout: 15000 });
    expect(await page.locator(`${grid} >> text=Geen thema gepland`).count()).toBeLessThan(unplannedBefore);
    await context.close();
  });

  it('maintains national days: a new rule shows on the calendar, a deactivated day disappears', async () => {
    const { context, page } = await openAs(COMMS, '/kalender');
    await calendarReady(page);
    await nextMonth(page);
    const title = 'Dag van de Samenwerking';
    const month = await page.evaluate(() => {
      const first = document.querySelector('[data-calendar-grid] [role="gridcell"][data-date$="-15"]');
      return first ? Number((first.getAttribute('data-date') as string).slice(5, 7)) : 0;
    });
    expect(month).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Nationale dagen beheren' }).click();
    const panel = page.locator('[data-national-days]');
    await panel.waitFor();
    await panel.locator('[data-national-day-add]').click();
    await panel.locator('[data-field="title"]').fill(title);
    await panel.locator('[data-field="kind"]').selectOption('fixed');
    await panel.locator('[data-field="month"]').selectOption(String(month));
    await panel.locator('[data-field="day"]').fill('15');
    // The rule's date in the shown year, before saving.
    await panel.locator('[data-rule-preview]').getByText(/15/).waitFor();
    await panel.locator('[data-national-day-save]').click();
    const row = panel.locator('[data-national-day]', { hasText: title });
    await row.waitFor();
    // Focus stays in the dialog ("Dag toevoegen"), so Escape closes it.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-national-day-add'))).toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    const chip = page.locator(`${grid} [data-national-day="${title}"]`);
    await chip.waitFor();
    expect(await chip.count()).toBe(1);

    await page.getByRole('button', { name: 'Nationale dagen beheren' }).click();
    await panel.waitFor();
    await panel.locator('[data-national-day]', { hasText: title }).locator('[data-toggle-active]').click();
    await panel.locator('[data-national-day]', { hasText: title }).getByRole('button', { name: 'Zet aan' }).waitFor();
    await panel.getByRole('button', { name: 'Sluiten' }).last().click();
    await panel.waitFor({ state: 'detached' });
    await page.waitForFunction((t) => !document.querySelector(`[data-calendar-grid] [data-national-day="${t}"]`), title, { timeout: 15000 });
    await context.close();
  });

  it('works in English too (lang=en): news, calendar, axe', async () => {
    const employee = await openAs(EMPLOYEE, '/?lang=en');
    await employee.page.locator('[data-webpart="news"] h2', { hasText: 'Vitality news' }).waitFor();
    await employee.page.locator('[data-webpart="news"] [data-news-card]').first().waitFor();
    expect(describeViolations(await axeViolations(employee.page))).toBe('');
    await employee.context.close();
    const comms = await openAs(COMMS, '/kalender?lang=en');
    await calendarReady(comms.page);
    await comms.page.getByRole('button', { name: 'Next month' }).waitFor();
    await comms.page.getByRole('button', { name: 'Manage national days' }).waitFor();
    expect(describeViolations(await axeViolations(comms.page))).toBe('');
    await comms.context.close();
  });

  it('shows the seeded closing days on their day (issue 15)', async () => {
    // The preview seeds carnival and the Friday after Ascension relative to its clock (today).
    const first = closingDays(new Date())[0];
    const date = toIsoDate(amsterdamDateOf(new Date(first.SbDate)));
    const { context, page } = await openAs(COMMS, '/kalender');
    await calendarReady(page);
    for (let i = 0; i < 14 && (await page.locator(`${grid} [data-date="${date}"]`).count()) === 0; i++) {
      await nextMonth(page);
    }
    const marker = page.locator(`${grid} [data-date="${date}"] [data-closing-day]`);
    await marker.waitFor();
    expect(await marker.textContent()).toBe(`Sluitingsdag: ${first.Title}`);
    expect(await marker.locator('button').count()).toBe(0);
    await context.close();
  });

  it('has a typed 24-hour publish time, also in English (no AM/PM picker)', async () => {
    const { context, page } = await openAs(COMMS, '/kalender?lang=en');
    await page.locator(grid).waitFor();
    await page.getByRole('button', { name: 'New post' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const time = dialog.locator('[data-field="publishTime"]');
    expect(await time.getAttribute('type')).toBe('text');
    expect(await time.getAttribute('inputmode')).toBe('numeric');
    expect(await time.inputValue()).toBe('09:00');
    expect(await dialog.locator('input[type="time"]').count()).toBe(0);
    await time.fill('2130');
    await dialog.locator('[data-field="title"]').focus();
    expect(await time.inputValue()).toBe('21:30');
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('can be used by keyboard only: arrows move a day or a week, Page Down goes to the next month', async () => {
    const { context, page } = await openAs(COMMS, '/kalender');
    await calendarReady(page);
    const cell = page.locator(`${grid} [role="gridcell"][tabindex="0"]`);
    await cell.focus();
    const start = await cell.getAttribute('data-date');
    await page.keyboard.press('ArrowRight');
    const right = await page.evaluate(() => document.activeElement?.getAttribute('data-date'));
    expect(right).not.toBe(start);
    expect(new Date(`${right}T00:00:00Z`).getTime() - new Date(`${start}T00:00:00Z`).getTime()).toBe(24 * 3600 * 1000);
    await page.keyboard.press('ArrowDown');
    const down = await page.evaluate(() => document.activeElement?.getAttribute('data-date'));
    expect(new Date(`${down}T00:00:00Z`).getTime() - new Date(`${right}T00:00:00Z`).getTime()).toBe(7 * 24 * 3600 * 1000);
    const title = await page.locator('[data-calendar-title]').textContent();
    await page.keyboard.press('PageDown');
    await page.waitForFunction((old) => document.querySelector('[data-calendar-title]')?.textContent !== old, title);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('role'));
    expect(focused).toBe('gridcell');
    expect(await page.locator(`${grid} [role="gridcell"][tabindex="0"]`).count()).toBe(1);
    await context.close();
  });

  it('passes axe as Communications (month, weeks, editor) and in the Teams frame in every theme', async () => {
    const { context, page } = await openAs(COMMS, '/kalender');
    await calendarReady(page);
    let violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
    await page.getByRole('tab', { name: 'Weken' }).click();
    violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
    await page.getByRole('button', { name: 'Nieuw bericht' }).click();
    await page.getByRole('dialog').waitFor();
    // Fluent's dialog fades in; axe measures colours, so let the animation finish first.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
    await context.close();

    for (const [theme, width] of [['default', 1280], ['dark', 1280], ['contrast', 1280], ['default', 360]] as const) {
      const teams = await openAs(COMMS, `/teams?tab=contentCalendar&theme=${theme}&device=${width === 360 ? 'phone' : 'desktop'}`, width);
      await teams.page.locator('[data-webpart="contentCalendar"] h2').first().waitFor();
      await teams.page.locator('text=Kalender laden…').waitFor({ state: 'detached' });
      const v = await axeViolations(teams.page);
      expect(`${theme} ${width}: ${describeViolations(v)}`).toBe(`${theme} ${width}: `);
      await teams.context.close();
    }
  });
});

/** Words of chip titles split over two lines (a word broken in the middle), as 'word' strings. */
async function brokenWords(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    document.querySelectorAll(`${selector} [data-post-status] button > span:last-child, ${selector} [data-post-status] span > span:last-child, ${selector} [data-national-day] span:last-child, ${selector} [data-holiday] span:last-child`).forEach((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent || '';
        const pattern = /\S+/g;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) {
            broken.push(m[0]);
          }
        }
      }
    });
    return broken;
  }, scope);
}

/**
 * How far things go sideways (0 when all fits): the page's own horizontal scroll, and inside
 * the calendar any box that scrolls sideways (the old grid's scroller) or sticks out past the
 * window's right edge. Visually hidden text (1 px, clipped) is left out: it is not seen.
 */
async function horizontalOverflow(page: Page): Promise<{ page: number; calendar: number }> {
  return page.evaluate(() => {
    const calendar = document.querySelector('[data-content-calendar]') as HTMLElement;
    const width = document.documentElement.clientWidth;
    let calendarOverflow = 0;
    calendar.querySelectorAll<HTMLElement>('*').forEach((el) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || style.clip !== 'auto' || style.clipPath !== 'none') {
        return;
      }
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        calendarOverflow = Math.max(calendarOverflow, el.scrollWidth - el.clientWidth);
      }
      calendarOverflow = Math.max(calendarOverflow, Math.round(rect.right - width));
    });
    return { page: document.documentElement.scrollWidth - width, calendar: calendarOverflow };
  });
}

describe('the content calendar on a phone, and for employees (issue 15)', () => {
  it('at 360 px shows the month as an agenda, nothing scrolls sideways, words stay whole, axe is clean', async () => {
    const { context, page } = await openAs(COMMS, '/kalender', 360);
    const agenda = page.locator('[data-calendar-agenda]');
    await agenda.waitFor();
    await page.locator('text=Kalender laden…').waitFor({ state: 'detached' });
    expect(await page.locator(grid).count()).toBe(0);
    expect(await page.getByRole('tablist').count()).toBe(0);
    // The agenda has the month's weeks, themes and chips.
    expect(await agenda.locator('[data-week]').count()).toBeGreaterThanOrEqual(4);
    expect(await agenda.locator('[data-post-status], [data-national-day]').count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toEqual({ page: 0, calendar: 0 });
    expect(await brokenWords(page, '[data-calendar-agenda]')).toEqual([]);
    expect(describeViolations(await axeViolations(page))).toBe('');
    // The theme planner with its tip, link and image fields fits and passes axe too.
    await page.locator('[data-calendar-plan-themes]').click();
    const planner = page.locator('[data-theme-planner]');
    await planner.waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await planner.locator('[data-field="tip"]').count()).toBeGreaterThanOrEqual(4);
    expect(await planner.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.keyboard.press('Escape');
    await planner.waitFor({ state: 'detached' });
    // The page is given back to screen readers (no aria-hidden left around the calendar).
    await page.waitForFunction(() => !document.querySelector('[aria-hidden="true"] [data-content-calendar]'), undefined, { timeout: 5000 });
    // The next month too (the agenda follows the month buttons).
    await page.getByRole('button', { name: 'Volgende maand' }).click();
    await page.waitForLoadState('networkidle');
    expect(await horizontalOverflow(page)).toEqual({ page: 0, calendar: 0 });
    await context.close();

    const teams = await openAs(COMMS, '/teams?tab=contentCalendar&device=phone', 360);
    await teams.page.locator('[data-webpart="contentCalendar"] [data-calendar-agenda]').waitFor();
    expect(await horizontalOverflow(teams.page)).toEqual({ page: 0, calendar: 0 });
    await teams.context.close();
  });

  it('keeps words whole in the grid on a desktop', async () => {
    const { context, page } = await openAs(COMMS, '/kalender', 1024);
    await calendarReady(page);
    expect(await brokenWords(page, grid)).toEqual([]);
    expect((await horizontalOverflow(page)).page).toBe(0);
    await context.close();
  });

  it('gives an employee a plain explanation instead of the calendar and its warnings, axe clean', async () => {
    for (const width of [1280, 360]) {
      const { context, page } = await openAs(EMPLOYEE, '/kalender', width);
      const note = page.locator('[data-calendar-for-employees]');
      await note.waitFor();
      expect(await note.textContent()).toContain('De contentkalender is het planbord van Communicatie');
      expect(await page.locator(`${grid}, [data-calendar-agenda], [data-calendar-weeks], [data-calendar-warnings]`).count()).toBe(0);
      expect(await page.locator('[data-content-calendar] button').count()).toBe(0);
      expect((await horizontalOverflow(page)).page).toBe(0);
      expect(describeViolations(await axeViolations(page))).toBe('');
      await context.close();
    }
  });
});

describe('the intranet home with news, theme and activities', () => {
  it('costs at most 3 requests cold and 1 on a reload (measured in the browser)', async () => {
    const { context, page, api } = await openAs(EMPLOYEE, '/');
    await page.locator('[data-webpart="news"] h2').waitFor();
    await page.locator('[data-webpart="activities"] >> text=Lunchwandeling').first().waitFor();
    await page.locator('[data-webpart="themeOfWeek"] h2').waitFor();
    await page.waitForLoadState('networkidle');
    const cold = api.length;
    console.log(`intranet home, cold: ${cold} request(s): ${api.map((r) => r.replace(/^(\w+) .*\/_api\//, '$1 ')).join(', ')}`);
    expect(cold).toBeLessThanOrEqual(3);

    api.length = 0;
    await page.reload();
    await page.locator('[data-webpart="activities"] >> text=Lunchwandeling').first().waitFor();
    await page.locator('[data-webpart="news"] h2').waitFor();
    await page.waitForLoadState('networkidle');
    console.log(`intranet home, reload: ${api.length} request(s)`);
    expect(api.length).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('renders an XSS corpus in every news page and theme text field harmlessly, layout intact', async () => {
    const { context, page } = await openAs(COMMS, '/kalender');
    await calendarReady(page);
    const payloads = [
      '<script>window.__xss=1</script><p>script</p>',
      '<img src=x onerror="window.__xss=2">',
      '<a href="javascript:window.__xss=3">klik</a>',
      '<a href="data:text/html,<script>window.__xss=4</script>">data</a>',
      '<svg onload="window.__xss=5"><circle r="5"/></svg>',
      '<style>body{display:none !important}</style><p style="position:fixed;top:0;left:0;width:100vw;height:100vh;background:red">overlay</p>',
      '<div><b>kapot <i>html</div></b>',
      '<iframe src="javascript:window.__xss=6"></iframe><form action="javascript:window.__xss=7"><button>verstuur</button></form>'
    ];
    const titleAttack = '<img src=x onerror="window.__xss=8">"\'); x eq 1';
    // Forged through SharePoint's page API as Communications (who may write pages): the UI is
    // not the only door. Payloads in the title, the description (card text), the canvas and a
    // javascript: banner; each page published as #SamenBeter news.
    const published = await page.evaluate(
      async ({ payloads, titleAttack }) => {
        const digest = document.body.dataset.digest || '';
        const headers = { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest };
        const api = '/sites/stella/_api';
        let ok = 0;
        for (let i = 0; i < payloads.length; i++) {
          const created = (await (await fetch(`${api}/sitepages/pages`, { method: 'POST', headers, body: JSON.stringify({ PageLayoutType: 'Article', PromotedState: 1 }) })).json()) as { Id: number };
          const canvas = JSON.stringify([{ controlType: 4, id: 'x', innerHTML: payloads[i], position: { zoneIndex: 1, sectionIndex: 1, controlIndex: 1, sectionFactor: 12, layoutIndex: 1 } }]);
          await fetch(`${api}/sitepages/pages(${created.Id})/savepage`, {
            method: 'POST',
            headers: { ...headers, 'IF-MATCH': '*' },
            body: JSON.stringify({ Title: i === 0 ? titleAttack : `XSS ${i}`, Description: payloads[i].slice(0, 250), CanvasContent1: canvas })
          });
          await fetch(`${api}/web/getList('/sites/stella/SitePages')/items(${created.Id})`, {
            method: 'POST',
            headers: { ...headers, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
            body: JSON.stringify({ SbNewsPost: true, SbPillar: 'Samen', BannerImageUrl: { Url: `javascript:window.__xss=${10 + i}`, Description: 'x' } })
          });
          const r = await fetch(`${api}/sitepages/pages(${created.Id})/publish`, { method: 'POST', headers });
          ok += r.ok ? 1 : 0;
        }
        return ok;
      },
      { payloads, titleAttack }
    );
    expect(published).toBe(payloads.length);
    // This week's theme: its plain-text fields get the same treatment.
    const week = currentIsoWeekInAmsterdam(new Date());
    const themeStatus = await page.evaluate(
      async ({ weekKey, payloads }) => {
        const headers = { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': document.body.dataset.digest || '' };
        const list = "/sites/stella/_api/web/lists/getByTitle('SamenBeter Weekthemas')/items";
        const found = (await (await fetch(`${list}?$select=Id&$filter=SbWeek eq '${weekKey}'`, { headers })).json()) as { value: { Id: number }[] };
        const r = await fetch(`${list}(${found.value[0].Id})`, {
          method: 'POST',
          headers: { ...headers, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
          body: JSON.stringify({ Title: payloads[1], SbSummary: payloads[0], SbTip: payloads[4] })
        });
        return r.status;
      },
      { weekKey: isoWeekKey(week.isoYear, week.isoWeek), payloads }
    );
    expect(themeStatus).toBe(204);
    // The calendar (Communications) shows the titles as text.
    await page.reload();
    await calendarReady(page);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await context.close();

    const employee = await openAs(EMPLOYEE, '/');
    const news = employee.page.locator('[data-webpart="news"]');
    await news.locator('h2').waitFor();
    // The forged pages are the newest: load more until the oldest of them (the title attack) shows.
    for (let i = 0; i < 4 && (await news.locator('[data-news-card]', { hasText: 'onerror' }).count()) === 0; i++) {
      await employee.page.getByRole('button', { name: 'Meer laden' }).click();
      await employee.page.waitForLoadState('networkidle');
    }
    const cards = news.locator('[data-news-card]').filter({ hasText: /XSS|img src/ });
    expect(await cards.count()).toBeGreaterThanOrEqual(1);
    // Nothing that could run in the cards: no script/iframe/style/form elements, no on*
    // handlers, no javascript: or data: links or images — the title attack shows as text.
    const dangerous = await news.evaluate((root) => {
      const found: string[] = [];
      root.querySelectorAll('script, iframe, style, form, object, embed').forEach((el) => found.push(el.tagName));
      root.querySelectorAll('*').forEach((el) => {
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
          if (/^(href|src|action|xlink:href)$/i.test(attr.name) && /^\s*(javascript|data):/i.test(attr.value)) found.push(`${el.tagName}[${attr.name}=${attr.value}]`);
        }
      });
      return found;
    });
    expect(dangerous).toEqual([]);
    await news.locator('[data-news-card]', { hasText: 'onerror' }).first().waitFor();
    expect(await employee.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The theme's fields are shown as text: the payload is visible, not executed.
    const theme = employee.page.locator('[data-webpart="themeOfWeek"]');
    await theme.locator('h2', { hasText: 'onerror' }).waitFor();
    expect(await theme.locator('img[onerror], script, svg[onload]').count()).toBe(0);
    // Layout intact: the page is still visible and the news web part stays in its column.
    expect(await employee.page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    const box = await news.boundingBox();
    const column = await employee.page.locator('.canvas__main').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(column!.width + 1);
    await employee.context.close();
  });
});
