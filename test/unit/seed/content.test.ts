import * as fs from 'fs';
import * as path from 'path';
import { listDef, SCHEMA } from '../../../src/data/schema/lists';
import { FieldDef, ListKey } from '../../../src/data/schema/schemaTypes';
import { VITAL_THEMES } from '../../../src/core/types';
import { amsterdamDateOf, amsterdamWallTime, currentIsoWeekInAmsterdam } from '../../../src/core/time/amsterdam';
import { addDays, dayNumber, parseIsoDate, toIsoDate, weekdayOf } from '../../../src/core/time/calendarDate';
import { isoWeekKey, isoWeekOfDate, mondayOfIsoWeek } from '../../../src/core/time/isoWeek';
import { nationalDaysInRange, occurrencesInYear, validateNationalDay } from '../../../src/core/calendar/nationalDays';
import {
  ADMIN_EMAIL,
  AMBASSADOR_EMAILS,
  COACH_EMAIL,
  COMMUNICATIONS_EMAILS,
  EMPLOYEE_PERSONA_EMAIL,
  PEOPLE,
  PERSONAS,
  TENANT_DOMAIN
} from '../../../emulator/seed/people';
import {
  ActivityBody,
  activities,
  closingDays,
  nationalDayRuleOf,
  nationalDays,
  NewsPostBody,
  newsPosts,
  studioLocations,
  toNationalDay,
  weeklyThemes
} from '../../../emulator/seed/content';

// Reference instants: today's shape, both DST switches, an ISO year with 53 weeks, mid-summer.
const NOWS: Date[] = [
  new Date('2026-11-22T21:00:00Z'),
  new Date('2026-03-20T10:00:00Z'),
  new Date('2026-10-15T06:00:00Z'),
  new Date('2026-12-28T09:30:00Z'),
  new Date('2027-01-03T23:30:00Z'), // Monday 00:30 in Amsterdam, still Sunday in UTC
  new Date('2027-07-01T12:00:00Z')
];

const DAY_MS = 86400000;
const SP_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const EMAIL = /^[a-z0-9]+(?:[.-][a-z0-9]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const ALLOWED_TAGS = ['p', 'ul', 'li', 'strong'];

// An independent oracle for Amsterdam wall time: the host's ICU time-zone database.
const intlAmsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit'
});

function intlClock(instant: Date): string {
  return intlAmsterdam.format(instant);
}

function ms(iso: string): number {
  return new Date(iso).getTime();
}

function sessionsOf(a: ActivityBody): string[] {
  return JSON.parse(a.SbSessionDates) as string[];
}

/** Everything wrong with a set of item bodies, checked against the list's schema. */
function schemaProblems(key: ListKey, bodies: ReadonlyArray<Record<string, unknown>>, extraKeys: string[] = []): string[] {
  return fieldProblems(key, listDef(key).fields, bodies, extraKeys);
}

function fieldProblems(key: string, defs: ReadonlyArray<FieldDef>, bodies: ReadonlyArray<Record<string, unknown>>, extraKeys: string[] = []): string[] {
  const list = { fields: defs };
  const fields: { [name: string]: FieldDef } = {};
  list.fields.forEach((f) => (fields[f.name] = f));
  const problems: string[] = [];
  bodies.forEach((body, i) => {
    const where = key + '[' + i + '] ' + String(body.Title);
    if (typeof body.Title !== 'string' || body.Title.trim() === '' || body.Title.length > 255) {
      problems.push(where + ': Title missing or longer than 255');
    }
    for (const name of Object.keys(body)) {
      if (name !== 'Title' && extraKeys.indexOf(name) < 0 && !fields[name]) {
        problems.push(where + ': unknown field ' + name);
      }
    }
    for (const field of list.fields) {
      const value = body[field.name];
      const empty = value === undefined || value === null || value === '';
      if (field.required && empty) {
        problems.push(where + ': required ' + field.name + ' is empty');
      }
      if (empty) {
        continue;
      }
      switch (field.kind) {
        case 'Text':
          if (typeof value !== 'string' || value.length > (field.maxLength || 255)) {
            problems.push(where + ': ' + field.name + ' not a string of at most ' + (field.maxLength || 255));
          }
          break;
        case 'Note':
        case 'RichText':
          if (typeof value !== 'string') {
            problems.push(where + ': ' + field.name + ' not a string');
          }
          break;
        case 'Choice':
          if (!field.choices || field.choices.indexOf(value as string) < 0) {
            problems.push(where + ': ' + field.name + ' = ' + String(value) + ' is not one of the choices');
          }
          break;
        case 'DateTime':
          if (typeof value !== 'string' || !SP_DATE_TIME.test(value) || isNaN(ms(value))) {
            problems.push(where + ': ' + field.name + ' = ' + String(value) + ' is not YYYY-MM-DDTHH:MM:SSZ');
          }
          break;
        case 'Number':
          if (typeof value !== 'number' || !isFinite(value)) {
            problems.push(where + ': ' + field.name + ' not a number');
          }
          break;
        case 'Boolean':
          if (typeof value !== 'boolean') {
            problems.push(where + ': ' + field.name + ' not a boolean');
          }
          break;
        case 'Url': {
          const url = value as { Url?: unknown; Description?: unknown };
          const ok =
            typeof url.Url === 'string' &&
            typeof url.Description === 'string' &&
            url.Description !== '' &&
            (/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/i.test(url.Url) || /^\/[a-z0-9/_.-]+$/i.test(url.Url));
          if (!ok) {
            problems.push(where + ': ' + field.name + ' is not {Url: https or site-relative, Description}');
          }
          break;
        }
        default:
          problems.push(where + ': seed sets ' + field.kind + ' field ' + field.name + ' directly');
      }
    }
  });
  return problems;
}

function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const tag = /<\/?([a-z0-9]+)[^>]*>/gi;
  const stack: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    const name = m[1].toLowerCase();
    if (ALLOWED_TAGS.indexOf(name) < 0) {
      problems.push('tag <' + name + '> not allowed');
    } else if (m[0][1] === '/') {
      if (stack.pop() !== name) {
        problems.push('unbalanced </' + name + '>');
      }
    } else {
      stack.push(name);
    }
  }
  if (stack.length) {
    problems.push('unclosed ' + stack.join(','));
  }
  if (/&(?![a-z]+;|#\d+;)/i.test(html)) {
    problems.push('bare & in HTML');
  }
  return problems;
}

describe('seed people', () => {
  const roleEmails = [ADMIN_EMAIL, COACH_EMAIL].concat(AMBASSADOR_EMAILS, COMMUNICATIONS_EMAILS);
  const emails = PEOPLE.map((p) => p.email);

  it('uses the reserved .example domain for every address', () => {
    expect(TENANT_DOMAIN).toMatch(/\.example$/);
    for (const email of emails) {
      expect(email).toMatch(EMAIL);
      expect(email.endsWith('@' + TENANT_DOMAIN)).toBe(true);
    }
  });

  it('has at least 34 people, at least 30 without a role, with unique addresses', () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(34);
    expect(new Set(emails.map((e) => e.toLowerCase())).size).toBe(emails.length);
    expect(PEOPLE.filter((p) => roleEmails.indexOf(p.email) < 0).length).toBeGreaterThanOrEqual(30);
  });

  it('spreads people over departments and locations, with complete directory data', () => {
    for (const p of PEOPLE) {
      expect([p.displayName, p.department, p.office, p.jobTitle].every((v) => v.trim().length > 0)).toBe(true);
    }
    expect(new Set(PEOPLE.map((p) => p.department)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(PEOPLE.map((p) => p.office)).size).toBeGreaterThanOrEqual(5);
    // Names that stress encoding and escaping.
    expect(PEOPLE.some((p) => p.displayName.indexOf("'") >= 0)).toBe(true);
    expect(PEOPLE.some((p) => /[^\u0000-\u007f]/.test(p.displayName))).toBe(true);
  });

  it('has exactly 3 ambassadors and 2 communications people, all in the directory and distinct', () => {
    expect(AMBASSADOR_EMAILS.length).toBe(3);
    expect(COMMUNICATIONS_EMAILS.length).toBe(2);
    expect(new Set(roleEmails).size).toBe(roleEmails.length);
    for (const email of roleEmails.concat([EMPLOYEE_PERSONA_EMAIL])) {
      expect(emails).toContain(email);
    }
    expect(roleEmails).not.toContain(EMPLOYEE_PERSONA_EMAIL);
  });

  it('offers one persona per role, pointing at the right people', () => {
    const keys = PERSONAS.map((p) => p.key).sort();
    expect(keys).toEqual(['admin', 'ambassador', 'communications', 'employee', 'employee2', 'hr']);
    const byKey: { [key: string]: (typeof PERSONAS)[number] } = {};
    PERSONAS.forEach((p) => (byKey[p.key] = p));
    expect(byKey.employee.email).toBe(EMPLOYEE_PERSONA_EMAIL);
    expect(byKey.hr.email).toBe(COACH_EMAIL);
    expect(byKey.admin.email).toBe(ADMIN_EMAIL);
    expect(AMBASSADOR_EMAILS).toContain(byKey.ambassador.email);
    expect(COMMUNICATIONS_EMAILS).toContain(byKey.communications.email);
    expect(roleEmails).not.toContain(byKey.employee2.email);
    expect(byKey.employee2.email).not.toBe(byKey.employee.email);
    for (const persona of PERSONAS) {
      const person = PEOPLE.find((p) => p.email === persona.email);
      expect(person).toBeDefined();
      expect(persona.labelNl).toContain(person!.displayName);
      expect(persona.labelEn).toContain(person!.displayName);
      expect(persona.labelNl).not.toBe(persona.labelEn);
    }
  });
});

describe.each(NOWS.map((now) => [now.toISOString(), now] as [string, Date]))('seed content at %s', (_label, now) => {
  const acts = activities(now);
  const themes = weeklyThemes(now);
  const posts = newsPosts(now);

  it('fits the schema: known fields, required values, choices, text lengths, value kinds', () => {
    expect(schemaProblems('activities', acts, ['organiserEmail'])).toEqual([]);
    expect(schemaProblems('weeklyThemes', themes)).toEqual([]);
    expect(schemaProblems('nationalDays', nationalDays())).toEqual([]);
    expect(schemaProblems('locations', studioLocations())).toEqual([]);
    // News pages: our Site Pages columns, plus the page's own title, text and description.
    expect(fieldProblems('news', SCHEMA.sitePages.fields, posts, ['SbBody', 'SbExcerpt', 'PlannedFor', 'SbImageUrl'])).toEqual([]);
    for (const n of posts) {
      expect([n.Title, n.SbExcerpt.length <= 255]).toEqual([n.Title, true]);
    }
  });

  it('uses only simple, well-formed HTML in rich text', () => {
    const problems: string[] = [];
    acts.forEach((a) => htmlProblems(a.SbDescription).forEach((p) => problems.push(a.Title + ': ' + p)));
    posts.forEach((n) => htmlProblems(n.SbBody).forEach((p) => problems.push(n.Title + ': ' + p)));
    expect(problems).toEqual([]);
  });

  describe('activities', () => {
    it('have ascending sessions; SbStart is the first, SbLastDate the last, SbEnd after SbStart', () => {
      for (const a of acts) {
        const sessions = sessionsOf(a);
        expect(sessions.length).toBeGreaterThan(0);
        sessions.forEach((s) => expect(s).toMatch(SP_DATE_TIME));
        for (let i = 1; i < sessions.length; i++) {
          expect(ms(sessions[i])).toBeGreaterThan(ms(sessions[i - 1]));
        }
        expect(a.SbStart).toBe(sessions[0]);
        expect(a.SbLastDate).toBe(sessions[sessions.length - 1]);
        expect(ms(a.SbEnd)).toBeGreaterThan(ms(a.SbStart));
        expect(ms(a.SbEnd) - ms(a.SbStart)).toBeLessThanOrEqual(DAY_MS);
        if (a.SbShape === 'oneOff') {
          expect(sessions.length).toBe(1);
        } else {
          expect(sessions.length).toBeGreaterThan(1);
        }
      }
    });

    it('keep the same Amsterdam clock time on every session, a week apart for series', () => {
      for (const a of acts) {
        const sessions = sessionsOf(a).map((s) => new Date(s));
        const clock = intlClock(sessions[0]);
        for (const s of sessions) {
          expect([a.Title, intlClock(s)]).toEqual([a.Title, clock]);
        }
        if (a.SbShape !== 'oneOff') {
          const dates = sessions.map((s) => dayNumber(amsterdamDateOf(s)));
          for (let i = 1; i < dates.length; i++) {
            expect(dates[i] - dates[i - 1]).toBe(7);
          }
        }
      }
    });

    it('close sign-up no later than the first session', () => {
      for (const a of acts) {
        if (a.SbDeadline !== null) {
          expect(ms(a.SbDeadline)).toBeLessThanOrEqual(ms(a.SbStart));
        }
      }
    });

    it('are organised by the ambassadors and the coach, each at least once', () => {
      const organisers = AMBASSADOR_EMAILS.concat([COACH_EMAIL]);
      for (const a of acts) {
        expect(organisers).toContain(a.organiserEmail);
      }
      for (const email of organisers) {
        expect(acts.some((a) => a.organiserEmail === email)).toBe(true);
      }
    });

    it('cover every shape, private and online sessions, one cancelled and one finished activity', () => {
      const shapes = new Set(acts.map((a) => a.SbShape));
      expect(shapes.size).toBe(3);
      expect(acts.filter((a) => a.SbStatus === 'cancelled').length).toBe(1);
      const finished = acts.filter((a) => a.SbStatus === 'open' && ms(a.SbLastDate) < now.getTime());
      expect(finished.length).toBe(1);
      const upcoming = acts.filter((a) => finished.indexOf(a) < 0);
      for (const a of upcoming) {
        expect([a.Title, ms(a.SbStart) > now.getTime()]).toEqual([a.Title, true]);
      }
      const privates = acts.filter((a) => a.SbIsPrivate);
      expect(privates.length).toBeGreaterThanOrEqual(2);
      privates.forEach((a) => expect(a.SbCapacity).not.toBeNull());
      expect(acts.some((a) => a.SbIsOnline && !a.SbLocation && a.SbCapacity === null)).toBe(true);
      expect(acts.some((a) => a.SbIsOnline && !!a.SbLocation)).toBe(true); // hybrid
      acts.filter((a) => !a.SbIsOnline).forEach((a) => expect(a.SbLocation).toBeTruthy());
      acts.filter((a) => a.SbCapacity !== null).forEach((a) => expect(a.SbCapacity).toBeGreaterThan(0));
    });

    it('include the weekly lunch walk: 8 Tuesdays at 12:15 Amsterdam time, 15 places, after now', () => {
      const walks = acts.filter((a) => a.SbShape === 'weeklyDropIn' && /lunchwandeling/i.test(a.Title));
      expect(walks.length).toBe(1);
      const walk = walks[0];
      expect(walk.SbCapacity).toBe(15);
      const sessions = sessionsOf(walk).map((s) => new Date(s));
      expect(sessions.length).toBe(8);
      expect(sessions[0].getTime()).toBeGreaterThan(now.getTime());
      expect(sessions[0].getTime() - now.getTime()).toBeLessThanOrEqual(8 * DAY_MS);
      for (const s of sessions) {
        const wall = amsterdamWallTime(s);
        expect([wall.hour, wall.minute]).toEqual([12, 15]);
        expect(weekdayOf(wall.year, wall.month, wall.day)).toBe(2);
        expect(intlClock(s)).toBe('12:15');
      }
      const end = amsterdamWallTime(new Date(walk.SbEnd));
      expect([end.hour, end.minute]).toEqual([13, 0]);
    });

    it('include Start to Run: one sign-up for 8 Thursdays at 17:30, 20 places, deadline between now and the first run', () => {
      const runs = acts.filter((a) => /start to run/i.test(a.Title));
      expect(runs.length).toBe(1);
      const run = runs[0];
      expect(run.SbShape).toBe('programme');
      expect(run.SbCapacity).toBe(20);
      const sessions = sessionsOf(run).map((s) => new Date(s));
      expect(sessions.length).toBe(8);
      for (const s of sessions) {
        const wall = amsterdamWallTime(s);
        expect([weekdayOf(wall.year, wall.month, wall.day), wall.hour, wall.minute]).toEqual([4, 17, 30]);
      }
      expect(run.SbDeadline).not.toBeNull();
      expect(ms(run.SbDeadline as string)).toBeGreaterThan(now.getTime());
      expect(ms(run.SbDeadline as string)).toBeLessThan(ms(run.SbStart));
    });
  });

  describe('weekly themes', () => {
    const current = currentIsoWeekInAmsterdam(now);
    const currentMonday = mondayOfIsoWeek(current.isoYear, current.isoWeek);
    // The 21 expected weeks (8 back for the "theme not used" history, a quarter ahead),
    // computed by calendar arithmetic (Monday + 7 days), not by nextIsoWeek.
    const span: string[] = [];
    for (let i = -8; i < 13; i++) {
      const week = isoWeekOfDate(addDays(currentMonday, 7 * i));
      span.push(isoWeekKey(week.isoYear, week.isoWeek));
    }

    it('plan 20 of the 21 weeks from 8 weeks ago, leaving exactly one future week open', () => {
      const keys = themes.map((t) => t.SbWeek);
      expect(new Set(keys).size).toBe(keys.length);
      keys.forEach((k) => expect(span).toContain(k));
      const gaps = span.filter((k) => keys.indexOf(k) < 0);
      expect(gaps.length).toBe(1);
      expect(span.indexOf(gaps[0])).toBeGreaterThan(span.indexOf(isoWeekKey(current.isoYear, current.isoWeek)));
      expect(keys).toContain(isoWeekKey(current.isoYear, current.isoWeek));
    });

    it('rotate the five themes in the plan order and use all of them', () => {
      const byKey: { [key: string]: string } = {};
      themes.forEach((t) => (byKey[t.SbWeek] = t.SbTheme));
      for (let i = 1; i < span.length; i++) {
        const prev = byKey[span[i - 1]];
        const next = byKey[span[i]];
        if (prev && next) {
          expect(VITAL_THEMES.indexOf(next as (typeof VITAL_THEMES)[number])).toBe(
            (VITAL_THEMES.indexOf(prev as (typeof VITAL_THEMES)[number]) + 1) % VITAL_THEMES.length
          );
        }
      }
      expect(new Set(themes.map((t) => t.SbTheme)).size).toBe(5);
    });

    it('have short Dutch copy and an illustration that exists in the preview', () => {
      for (const t of themes) {
        expect(t.SbSummary.length).toBeGreaterThan(20);
        expect(t.SbSummary.length).toBeLessThanOrEqual(300);
        expect(t.SbTip.length).toBeGreaterThan(20);
        expect(t.SbImageUrl).not.toBeNull();
        expect(t.SbImageUrl!.Url).toBe('/assets/themes/' + t.SbTheme + '.svg');
        expect(fs.existsSync(path.join(__dirname, '../../../preview/public', t.SbImageUrl!.Url))).toBe(true);
        if (t.SbLinkUrl) {
          expect(t.SbLinkUrl.Url).toMatch(/^https:\/\//);
        }
      }
    });
  });

  describe('news', () => {
    const isPublished = (n: NewsPostBody): boolean => ms(n.PlannedFor) <= now.getTime();
    const ageInDays = (n: NewsPostBody): number => (now.getTime() - ms(n.PlannedFor)) / DAY_MS;

    it('has 6 posts published over the last 6 weeks, 1 older one and 2 scheduled', () => {
      const recent = posts.filter((n) => isPublished(n) && ageInDays(n) <= 42);
      const older = posts.filter((n) => isPublished(n) && ageInDays(n) > 42);
      const scheduled = posts.filter((n) => !isPublished(n));
      expect([recent.length, older.length, scheduled.length, posts.length]).toEqual([6, 1, 2, 9]);
      const ages = recent.map(ageInDays);
      expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThanOrEqual(28); // spread, not bunched
    });

    it('schedules one post on the next national day', () => {
      const days = nationalDays().map((d, i) => toNationalDay(d, i + 1));
      const today = amsterdamDateOf(now);
      const starts = nationalDaysInRange(days, toIsoDate(addDays(today, 1)), toIsoDate(addDays(today, 400)))
        .map((o) => o.start)
        .filter((s) => s > toIsoDate(today))
        .sort();
      expect(starts.length).toBeGreaterThan(0);
      const scheduledDates = posts
        .filter((n) => ms(n.PlannedFor) > now.getTime())
        .map((n) => toIsoDate(amsterdamDateOf(new Date(n.PlannedFor))));
      expect(scheduledDates).toContain(starts[0]);
    });

    it('covers the plan topics', () => {
      const text = posts.map((n) => n.Title + ' ' + n.SbBody).join(' ').toLowerCase();
      for (const topic of ['lunchwandeling', 'start to run', 'goede gesprek', 'fruit', 'mantelzorg', 'werkstress', 'a&amp;o-fonds', '25.000']) {
        expect([topic, text.indexOf(topic) >= 0]).toEqual([topic, true]);
      }
    });
  });
});

describe('seed national days', () => {
  const days = nationalDays();

  it('has at least 9 distinct, active days with a pillar and a source', () => {
    expect(days.length).toBeGreaterThanOrEqual(9);
    expect(new Set(days.map((d) => d.Title.toLowerCase())).size).toBe(days.length);
    for (const d of days) {
      expect(d.SbActive).toBe(true);
      expect(d.SbSource.trim().length).toBeGreaterThan(5);
      expect(d.SbDescription.trim().length).toBeGreaterThan(20);
      expect(/blue monday/i.test(d.Title)).toBe(false);
    }
  });

  it('has valid rules that yield a date every year 2025-2027', () => {
    days.forEach((d, i) => {
      expect([d.Title, validateNationalDay(toNationalDay(d, i + 1))]).toEqual([d.Title, []]);
      for (const year of [2025, 2026, 2027]) {
        expect([d.Title, year, occurrencesInYear(nationalDayRuleOf(d), year).length]).toEqual([d.Title, year, 1]);
      }
    });
  });

  it('fills only the fields its rule kind uses', () => {
    for (const d of days) {
      const set = (v: unknown): boolean => v !== null && v !== undefined && v !== '';
      const used = [set(d.SbMonth), set(d.SbDay), set(d.SbWeekday), set(d.SbNth), set(d.SbDates)];
      const expected: { [kind: string]: boolean[] } = {
        fixed: [true, true, false, false, false],
        nthWeekday: [true, false, true, true, false],
        lastWeekday: [true, false, true, false, false],
        explicit: [false, false, false, false, true]
      };
      expect([d.Title, used]).toEqual([d.Title, expected[d.SbRuleKind]]);
    }
  });

  it('marks per-year dates as an assumption and gives them as valid YYYY-MM-DD', () => {
    for (const d of days.filter((x) => x.SbRuleKind === 'explicit')) {
      expect(d.SbSource.toLowerCase()).toContain('aanname');
      for (const date of (d.SbDates as string).split(',')) {
        expect(parseIsoDate(date)).not.toBeNull();
      }
    }
  });

  it('puts the fixed days from the programme on their known dates', () => {
    const dateIn2026 = (title: string): string => {
      const d = days.find((x) => x.Title === title);
      expect(d).toBeDefined();
      return occurrencesInYear(nationalDayRuleOf(d!), 2026)[0];
    };
    expect(dateIn2026('Dag van de Mantelzorg')).toBe('2026-11-10');
    expect(dateIn2026('Wereld Mentale Gezondheidsdag')).toBe('2026-10-10');
    expect(dateIn2026('Wereld Menopauze Dag')).toBe('2026-10-18');
    // Weeks last several days; single days one.
    for (const d of days) {
      if (/week/i.test(d.Title)) {
        expect([d.Title, d.SbDurationDays >= 5]).toEqual([d.Title, true]);
      } else {
        expect([d.Title, d.SbDurationDays]).toEqual([d.Title, 1]);
      }
    }
  });
});

describe('theme illustrations', () => {
  it('are simple 800×320 SVGs without text or external references', () => {
    for (const theme of VITAL_THEMES) {
      const file = path.join(__dirname, '../../../preview/public/assets/themes', theme + '.svg');
      const svg = fs.readFileSync(file, 'utf8');
      expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 800 320"/);
      expect(svg).not.toMatch(/<text|<image|<script|<foreignObject|href=/i);
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/i);
    }
  });
});

describe('seed dates stay on Amsterdam wall time across a DST switch', () => {
  it('keeps the lunch walk at 12:15 in winter and summer time (now = 2026-03-20)', () => {
    const walk = activities(new Date('2026-03-20T10:00:00Z')).find((a) => /lunchwandeling/i.test(a.Title))!;
    const sessions = sessionsOf(walk);
    // Both sides of the 29 March switch: 11:15Z (CET) and 10:15Z (CEST).
    const utcTimes = new Set(sessions.map((s) => s.slice(11, 16)));
    expect(utcTimes).toEqual(new Set(['11:15', '10:15']));
    for (const s of sessions) {
      const wall = amsterdamWallTime(new Date(s));
      expect([wall.hour, wall.minute]).toEqual([12, 15]);
    }
  });

  it('also back to winter time (now = 2026-10-15)', () => {
    const walk = activities(new Date('2026-10-15T06:00:00Z')).find((a) => /lunchwandeling/i.test(a.Title))!;
    const utcTimes = new Set(sessionsOf(walk).map((s) => s.slice(11, 16)));
    expect(utcTimes).toEqual(new Set(['10:15', '11:15']));
  });

  it('gives a week the same theme whatever the reference instant', () => {
    const a = weeklyThemes(new Date('2026-11-22T21:00:00Z'));
    const b = weeklyThemes(new Date('2026-12-06T12:00:00Z'));
    for (const t of a) {
      const same = b.find((x) => x.SbWeek === t.SbWeek);
      if (same) {
        expect([t.SbWeek, same.SbTheme]).toEqual([t.SbWeek, t.SbTheme]);
      }
    }
  });
});

describe('seed closing days ("SamenBeter Sluitingsdagen")', () => {
  const asDays = (now: Date): Array<[string, string]> =>
    closingDays(now).map((b) => [toIsoDate(amsterdamDateOf(new Date(b.SbDate))), b.Title]);

  it('computes carnival and the Friday after Ascension from Easter: 2027 is 8 and 9 February and 7 May', () => {
    // The preview on 4 December 2026: the coming ones, about 13 months ahead.
    expect(asDays(new Date('2026-12-04T20:00:00Z'))).toEqual([
      ['2027-02-08', 'Carnavalsmaandag'],
      ['2027-02-09', 'Carnavalsdinsdag'],
      ['2027-05-07', 'Vrijdag na Hemelvaart']
    ]);
    // Easter 2028 is 16 April: carnival 28/29 February, Ascension Friday 26 May.
    expect(asDays(new Date('2027-06-01T10:00:00Z'))).toEqual([
      ['2028-02-28', 'Carnavalsmaandag'],
      ['2028-02-29', 'Carnavalsdinsdag'],
      ['2028-05-26', 'Vrijdag na Hemelvaart']
    ]);
  });

  it('stores the start of the Amsterdam day (date-only, as SharePoint does), fits the schema, and has a note', () => {
    const bodies = closingDays(new Date('2026-12-04T20:00:00Z'));
    expect(bodies[0].SbDate).toBe('2027-02-07T23:00:00Z');
    // Summer time: the day starts at 22:00 UTC the evening before.
    expect(bodies[2].SbDate).toBe('2027-05-06T22:00:00Z');
    expect(schemaProblems('closingDays', bodies)).toEqual([]);
    bodies.forEach((b) => expect([b.Title, (b.SbNote || '').length > 0]).toEqual([b.Title, true]));
  });

  it.each(NOWS.map((now) => [now.toISOString(), now] as [string, Date]))('always has some ahead, none past, at %s', (_label, now) => {
    const days = asDays(now);
    const today = toIsoDate(amsterdamDateOf(now));
    expect(days.length).toBeGreaterThanOrEqual(3);
    days.forEach(([date]) => expect(date >= today).toBe(true));
  });
});

describe('seed locations ("SamenBeter Locaties")', () => {
  const places = studioLocations();

  it('are the seven places the studio offered in code, active and on site, with real addresses where known', () => {
    expect(places).toHaveLength(7);
    expect(new Set(places.map((p) => p.Title)).size).toBe(7);
    expect(places.every((p) => p.SbActive && p.SbKind === 'onSite')).toBe(true);
    expect(places.filter((p) => p.Title.indexOf('Stadhuis') === 0).map((p) => p.SbAddress)).toEqual(['Markt 78, 6211 CK Maastricht', 'Markt 78, 6211 CK Maastricht']);
    expect(places.filter((p) => p.Title.indexOf('Mosae Forum') === 0).every((p) => p.SbAddress === 'Mosae Forum 10, 6211 DW Maastricht')).toBe(true);
    // A made-up address says so, and gets no map link that would lead somewhere wrong.
    const depot = places.filter((p) => p.Title === 'Stadsbeheer werf Noord, kantine')[0];
    expect(depot.SbAddress).toMatch(/^Voorbeeldadres/);
    expect(depot.SbMapUrl).toBeNull();
  });

  it('link to an OpenStreetMap search over https', () => {
    for (const p of places.filter((l) => l.SbMapUrl !== null)) {
      expect([p.Title, p.SbMapUrl]).toEqual([p.Title, expect.stringMatching(/^https:\/\/www\.openstreetmap\.org\/search\?query=[^\s]+$/)]);
    }
    expect(places[0].SbMapUrl).toBe('https://www.openstreetmap.org/search?query=Markt%2078%2C%206211%20CK%20Maastricht');
  });

  it('give the seeded activities at a listed place its address and route, and a one-off place neither', () => {
    const acts = activities(NOWS[0]);
    const walk = acts.filter((a) => a.SbLocation === 'Stadhuis Markt, hoofdingang')[0];
    expect([walk.SbAddress, walk.SbRouteUrl]).toEqual(['Markt 78, 6211 CK Maastricht', places[0].SbMapUrl]);
    const oneOff = acts.filter((a) => a.SbLocation !== null && places.every((p) => p.Title !== a.SbLocation));
    expect(oneOff.length).toBeGreaterThan(0);
    expect(oneOff.every((a) => a.SbAddress === null && a.SbRouteUrl === null)).toBe(true);
  });
});
