import { SPFI } from '@pnp/sp';
import { attendanceByDate } from '../../core/participation/attendance';
import { isCurrentFigures, ParticipationFigures } from '../../core/participation/figureTypes';
import { participationFigures } from '../../core/participation/monthFigures';
import { monthsOf, quartersOf } from '../../core/participation/periods';
import { publishYear, StoredByPeriod } from '../../core/participation/publication';
import { fromStored, storedForm } from '../../core/participation/storedForm';
import { addDays, parseIsoDate, toIsoDate } from '../../core/time/calendarDate';
import { ParticipationApi } from '../contracts/IParticipationApi';
import { SlotRef } from '../contracts/IRegistrationRepository';
import { SpActivityRepository } from '../repositories/SpActivityRepository';
import { SpAttendanceRepository } from '../repositories/SpAttendanceRepository';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { SpParticipationFiguresRepository } from '../repositories/SpParticipationFiguresRepository';
import { SpRegistrationRepository } from '../repositories/SpRegistrationRepository';
import { dayStart } from '../repositories/dateOnly';
import { DataError } from '../../core/errors';
import { GraphRequester } from '../graph/graphRequester';
import { placementReader } from './directoryPlacements';
import { inBatch } from './inBatch';
import { withPrivacy } from './privacyView';
import { activitySlots } from './studioSlots';

/** The first and last Amsterdam day of a period, and the instants it runs from and to (exclusive). */
function bounds(period: string): { firstDay: string; lastDay: string; from: Date; to: Date } {
  const months = monthsOf(period);
  const firstDay = `${months[0]}-01`;
  const [year, month] = months[months.length - 1].split('-').map(Number);
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const lastDay = toIsoDate(addDays(parseIsoDate(next) as NonNullable<ReturnType<typeof parseIsoDate>>, -1));
  return { firstDay, lastDay, from: dayStart(firstDay), to: dayStart(next) };
}

/**
 * SharePoint answers 404 "List does not exist" both when the figures list is missing (the site is
 * not set up, or on an older schema) and when the reader may not see it (anyone but an owner).
 * Only in that failure, one more read tells them apart: whether this person is an owner. An owner
 * gets 'notProvisioned' (run the set-up), anyone else 'accessDenied' (the figures are not for them).
 */
async function readOrExplain<T>(sp: SPFI, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (!(e instanceof DataError) || e.kind !== 'notProvisioned') throw e;
    const isOwner = await new SpCurrentUserRepository(sp).getRoles().then(
      (roles) => roles.isOwner,
      () => false
    );
    throw isOwner ? e : new DataError('accessDenied', e.detail, 403);
  }
}

/** The 17 periods of a year, months first: the order in which missing ones are best computed. */
function periodsOfYear(year: number): string[] {
  return monthsOf(String(year)).concat(quartersOf(String(year)), [String(year)]);
}

/**
 * graph: the Graph requester that reads the directory for department and office (User.Read.All);
 * without it, or without consent, the figures say 'onbekend' and are marked directoryUnavailable.
 */
export function participationApi(sp: SPFI, graph?: GraphRequester): ParticipationApi {
  const figures = new SpParticipationFiguresRepository(sp);
  // Read once for all the periods "Bereken" computes in a row (both lists are read whole).
  const placements = placementReader(sp, graph);
  return {
    stored: async (periods) =>
      (await figures.read<unknown>(periods)).map((s) => ({ ...s, figures: fromStored(s.figures) as ParticipationFigures })),
    dashboard: async (year, now) => {
      const periods = periodsOfYear(year);
      const stored: { [period: string]: ParticipationFigures } = {};
      for (const s of await readOrExplain(sp, () => figures.read<unknown>(periods))) {
        const f = fromStored(s.figures);
        if (isCurrentFigures(f)) stored[s.period] = f;
      }
      const over = (period: string): boolean => bounds(period).to.getTime() <= now.getTime();
      return {
        published: publishYear(year, stored as StoredByPeriod, over),
        missing: periods.filter((p) => over(p) && stored[p] === undefined)
      };
    },
    compute: async (period, now) => {
      const { firstDay, lastDay, from, to } = bounds(period);
      if (to.getTime() > now.getTime()) {
        // A running period changes, and two views of it difference (docs/participation-privacy.md).
        throw new RangeError(`The period ${period} is not over yet`);
      }
      const activities = await withPrivacy(sp, await new SpActivityRepository(sp).withSessionsBetween(from, to));
      // The privacy is known here (withPrivacy): each slot is read from its activity's effective
      // list only, the one the figures count (items in the other list would be dropped anyway).
      const slots: SlotRef[] = ([] as SlotRef[]).concat(...activities.map((a) => activitySlots(a).map((s) => s.ref)));
      const [registrations, attendance] = await inBatch(sp, (b) =>
        Promise.all([slots.length === 0 ? Promise.resolve([]) : new SpRegistrationRepository(b, sp).participationRecords(slots), new SpAttendanceRepository(b, sp).between(firstDay, lastDay)])
      );
      const creators: { [activityId: number]: number } = {};
      activities.forEach((a) => (creators[a.id] = a.organiser.id));
      const people = Array.from(new Set(registrations.map((r) => r.personId)));
      const directory = people.length === 0 ? { placements: {}, unavailable: false } : await placements(people);
      const computed = participationFigures(
        { activities, registrations, attendance: attendanceByDate(attendance, (id) => creators[id]), directory: directory.placements },
        monthsOf(period)
      );
      if (directory.unavailable) computed.directoryUnavailable = true;
      // Kept without zeros, and a quarter or year with its totals only (storedForm: the column's size).
      const written = await figures.write(period, storedForm(period, computed), now);
      return { ...written, figures: computed };
    }
  };
}
