// A year of realistic history for the preview (issue 13: the Deelname dashboard's charts need
// something to show): the 2026 plan of historyPlan.ts written into the site the way it would
// have happened — organisers post their activities, people sign up and cancel, organisers call a
// date or an activity off and enter attendance — each write by the person who did it, at the
// moment it happened (the emulator clock; historyHttp.ts). Only emulator seeding, no behaviour.
//
// Sign-ups are stored as the product stores them (SpRegistrationRepository.signUp: SbSlot,
// SbActivityId, SbSessionDate, SbPerson = the author, SbCancelled, SbUntil); a cancellation is
// the item's one update (SpRegistrationRepository.cancel: SbCancelled true), so it has version 2
// and Modified = the moment of cancelling (docs/signup-rules.md). Private activities are flagged
// and confirmed by their creator, a coordinator, with an entry in "Besloten aantallen"
// (core/activities/privacy, as seedSite.ts does for the current ones). Attendance as
// SpAttendanceRepository.record writes it, by the activity's creator (core/participation/attendance).

import { activityFields, amsterdamIso } from './content';
import { slotKey } from '../../src/core/activities/slots';
import { serializeCancelledDates } from '../../src/core/activities/cancelledDates';
import { formatSlotCounts } from '../../src/core/activities/privateCounts';
import { dayStart } from '../../src/data/repositories/dateOnly';
import { writeDate } from '../../src/data/repositories/fieldValues';
import { listTitle } from '../../src/data/schema/listTitles';
import { addDays } from '../../src/core/time/calendarDate';
import { BatchPart, historyClient } from './historyHttp';
import { historyPlan, PlannedActivity, PlannedSignUp, PlannedSlot } from './historyPlan';

export { historyPlan } from './historyPlan';

export interface HistoryReport {
  activities: number;
  registrations: number;
  cancellations: number;
  attendance: number;
  /** HTTP requests the history took (clock moves and $batches). */
  requests: number;
}

/** SharePoint caps a $batch at 100 requests (not emulated; kept anyway). */
const BATCH_MAX = 100;

const items = (key: Parameters<typeof listTitle>[0]): string => `web/lists/getByTitle('${encodeURIComponent(listTitle(key))}')/items`;

interface Written {
  activityId: { [key: string]: number };
  registrationId: Map<PlannedSignUp, number>;
}

interface HistoryEvent {
  at: string;
  /** Order of things at the same moment: posting, sign-ups, cancels, calling off, counts. */
  kind: number;
  as: string;
  run: (written: Written) => BatchPart[][] | Promise<void>;
}

function activityBody(a: PlannedActivity, organiserId: number): Record<string, unknown> {
  const spec = a.spec;
  return {
    ...activityFields(spec),
    SbDeadline: spec.deadlineDaysBefore === null ? null : amsterdamIso(addDays(spec.dates[0], -spec.deadlineDaysBefore), 12, 0),
    SbStatus: 'open',
    SbOrganiserId: organiserId
  };
}

function registrationBody(activityId: number, slot: PlannedSlot, personId: number): Record<string, unknown> {
  const key = slotKey(activityId, slot.sessionDate);
  return { Title: key, SbActivityId: activityId, SbSlot: key, SbSessionDate: slot.sessionDate, SbPersonId: personId, SbCancelled: false, SbUntil: slot.until };
}

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += BATCH_MAX) out.push(list.slice(i, i + BATCH_MAX));
  return out;
}

/** Writes the history into a freshly seeded site; returns its size. `now` bounds it to the past. */
export async function seedHistory(siteUrl: string, now: Date): Promise<HistoryReport> {
  const plan = historyPlan(now);
  const client = historyClient(siteUrl);
  const report: HistoryReport = { activities: 0, registrations: 0, cancellations: 0, attendance: 0, requests: 0 };

  // Site user ids (a directory person becomes a site user on their first request).
  const emails: string[] = [];
  const need = (email: string): void => void (emails.indexOf(email) < 0 && emails.push(email));
  plan.activities.forEach((a) => {
    need(a.spec.organiser);
    a.slots.forEach((s) => s.signUps.forEach((u) => need(u.person)));
  });
  const userId: { [email: string]: number } = {};
  await Promise.all(emails.map(async (email) => (userId[email] = Number((await client.get(email, 'web/currentuser?$select=Id')).Id))));

  const events: HistoryEvent[] = [];
  // Sign-ups of one person at one moment go together (one sitting, one $batch).
  const sittings = new Map<string, Array<{ a: PlannedActivity; slot: PlannedSlot; signUp: PlannedSignUp }>>();
  const cancels = new Map<string, Array<{ a: PlannedActivity; signUp: PlannedSignUp }>>();
  const counts = new Map<string, Array<{ a: PlannedActivity; date: string; count: number }>>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => void (map.get(key) || map.set(key, []).get(key))!.push(value);

  for (const a of plan.activities) {
    const spec = a.spec;
    events.push({
      at: a.createdAt,
      kind: 0,
      as: spec.organiser,
      run: async (written) => {
        const [made] = await client.batch(spec.organiser, [{ method: 'POST', path: items('activities'), body: activityBody(a, userId[spec.organiser]) }]);
        const id = Number((made as { Id: number }).Id);
        written.activityId[spec.key] = id;
        report.activities++;
        if (spec.isPrivate) {
          // The coordinator confirms their own private activity on publishing, zero counts (studio).
          await client.batch(spec.organiser, [
            { method: 'POST', path: items('privateCounts'), body: { Title: `Activiteit ${id}`, SbActivityId: id, SbCounts: formatSlotCounts([]), SbCountedAt: a.createdAt } }
          ]);
        }
      }
    });
    for (const slot of a.slots) {
      for (const signUp of slot.signUps) {
        push(sittings, `${signUp.at}|${signUp.person}`, { a, slot, signUp });
        if (signUp.cancelledAt !== null) {
          push(cancels, `${signUp.cancelledAt}|${signUp.person}`, { a, signUp });
        }
      }
    }
    if (a.cancelledAt !== null && spec.cancelled) {
      const reason = spec.cancelled.reason;
      events.push({ at: a.cancelledAt, kind: 3, as: spec.organiser, run: (w) => [[{ method: 'MERGE', path: `${items('activities')}(${w.activityId[spec.key]})`, body: { SbStatus: 'cancelled', SbCancelReason: reason } }]] });
    }
    if (a.calledOffAt !== null && spec.calledOff) {
      const off = serializeCancelledDates([{ date: spec.calledOff.date, reason: spec.calledOff.reason }]);
      events.push({ at: a.calledOffAt, kind: 3, as: spec.organiser, run: (w) => [[{ method: 'MERGE', path: `${items('activities')}(${w.activityId[spec.key]})`, body: { SbCancelledDates: off } }]] });
    }
    for (const session of a.sessions) {
      if (session.attendance !== null && session.attendanceAt !== null) {
        push(counts, `${session.attendanceAt}|${spec.organiser}`, { a, date: session.date, count: session.attendance });
      }
    }
  }
  sittings.forEach((list, key) => {
    const [at, person] = key.split('|');
    events.push({
      at,
      kind: 1,
      as: person,
      run: (w) => [list.map(({ a, slot }) => ({ method: 'POST' as const, path: items(a.spec.isPrivate ? 'privateRegistrations' : 'registrations'), body: registrationBody(w.activityId[a.spec.key], slot, userId[person]) }))]
    });
  });
  cancels.forEach((list, key) => {
    const [at, person] = key.split('|');
    events.push({
      at,
      kind: 2,
      as: person,
      run: (w) => [list.map(({ a, signUp }) => ({ method: 'MERGE' as const, path: `${items(a.spec.isPrivate ? 'privateRegistrations' : 'registrations')}(${w.registrationId.get(signUp)})`, body: { SbCancelled: true } }))]
    });
  });
  counts.forEach((list, key) => {
    const [at, organiser] = key.split('|');
    events.push({
      at,
      kind: 4,
      as: organiser,
      run: (w) => [list.map(({ a, date, count }) => ({ method: 'POST' as const, path: items('attendance'), body: { Title: `${w.activityId[a.spec.key]}|${date}`, SbActivityId: w.activityId[a.spec.key], SbSessionDate: writeDate(dayStart(date)), SbCount: count } }))]
    });
  });
  // In the order it happened: Ids then follow the order of arrival, as in SharePoint.
  events.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.kind - y.kind || (x.as < y.as ? -1 : x.as > y.as ? 1 : 0)));

  const written: Written = { activityId: {}, registrationId: new Map() };
  let clockAt: string | null = null;
  try {
    for (const event of events) {
      if (event.at !== clockAt) {
        await client.setClock(event.at);
        clockAt = event.at;
      }
      const batches = event.run(written);
      if (!Array.isArray(batches)) {
        await batches;
        continue;
      }
      for (const parts of batches) {
        for (const chunk of chunks(parts)) {
          const answers = await client.batch(event.as, chunk);
          if (event.kind === 1) {
            // Remember each new item's Id for a later cancel, in the sitting's order.
            const list = sittings.get(`${event.at}|${event.as}`)!;
            const offset = parts.indexOf(chunk[0]);
            answers.forEach((answer, i) => written.registrationId.set(list[offset + i].signUp, Number((answer as { Id: number }).Id)));
            report.registrations += answers.length;
          } else if (event.kind === 2) {
            report.cancellations += answers.length;
          } else if (event.kind === 4) {
            report.attendance += answers.length;
          }
        }
      }
    }
  } finally {
    await client.setClock(null);
  }
  report.requests = client.requests();
  return report;
}
