import { SPFI } from '@pnp/sp';
import { ViewerRoles } from '../contracts/ICurrentUserRepository';
import { SlotRef } from '../contracts/IRegistrationRepository';
import { SlotParticipants, StudioApi } from '../contracts/IStudioApi';
import { SpActivityEditor } from '../repositories/SpActivityEditor';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { SpRegistrationRepository } from '../repositories/SpRegistrationRepository';
import { inBatch } from './inBatch';
import { activitySlots, participantsPerSlot, upcoming } from './studioSlots';
import { purgeRegistrations } from './purgeRegistrations';
import { SpPrivateCountRepository } from '../repositories/SpPrivateCountRepository';
import { DataError } from '../../core/errors';
import { applyPrivacy, bothLists, inEffectiveList } from './privacyView';
import { describeChange, activityAfterDraft, Notice, noticesForCancelledDate, noticesForChange } from '../../core/notifications/whoIsTold';
import { amsterdamDateOf } from '../../core/time/amsterdam';
import { addDays, toIsoDate } from '../../core/time/calendarDate';
import { SpClosingDayRepository } from '../repositories/SpClosingDayRepository';
import { SpAttendanceRepository } from '../repositories/SpAttendanceRepository';
import { attendanceByDate } from '../../core/participation/attendance';
import { SpLocationRepository } from '../repositories/SpLocationRepository';
import { withCancelledDate, withoutCancelledDate } from '../../core/activities/cancelledDates';
import type { ParticipantMessenger } from '../graph/participantMessenger';
import { tell } from '../graph/tell';
import { GraphRequester } from '../graph/graphRequester';
import { confirmPrivate, readPrivacyState, syncPrivateEntries } from './studioPrivacy';

export { activitySlots, participantsPerSlot };

/** Ended activities stay in "Mijn activiteiten" this long (to export who came). */
const KEEP_ENDED_DAYS = 60;
/** Closing days the studio reads ahead (a series of up to 52 weeks may start a year from now). */
export const CLOSING_DAYS_AHEAD = 2 * 366;
/** Activities per page of "Mijn activiteiten" ("Meer laden" for the rest). */
export const STUDIO_PAGE = 50;

function sinceOf(now: Date): Date {
  return new Date(now.getTime() - KEEP_ENDED_DAYS * 24 * 3600 * 1000);
}

/** The data API of the Ambassadeurs web part over one PnPjs instance (SPFx or the preview). */
export function studioApi(sp: SPFI, messenger?: ParticipantMessenger, graph?: GraphRequester): StudioApi {
  // One read of the roles per loadStudio; publish reuses it for the organiser id.
  let knownRoles: Promise<ViewerRoles> | undefined;
  const roles = (): Promise<ViewerRoles> => {
    if (!knownRoles) {
      knownRoles = inBatch(sp, (b) => new SpCurrentUserRepository(b).getRoles());
      // A failed read is not remembered: the next call asks again.
      knownRoles.catch(() => {
        knownRoles = undefined;
      });
    }
    return knownRoles;
  };
  const editor = new SpActivityEditor(sp);

  return {
    loadStudio: async (now) => {
      knownRoles = undefined;
      const viewer = await roles();
      if (!viewer.isAmbassador && !viewer.isOwner) {
        return { roles: viewer, activities: [] };
      }
      // The closing days ride along in the same $batch (the form skips and flags them). Unreadable
      // (a site not yet set up for them): undefined, and the form skips public holidays only.
      const today = amsterdamDateOf(now);
      // The locations too (unreadable: undefined, and the form offers free text only).
      const [page, closingDays, locations] = await inBatch(sp, (b) =>
        Promise.all([
          new SpActivityEditor(b).listOwn(viewer.isOwner ? 'all' : viewer.userId, sinceOf(now), STUDIO_PAGE),
          new SpClosingDayRepository(b, sp).between(toIsoDate(today), toIsoDate(addDays(today, CLOSING_DAYS_AHEAD))).catch(() => undefined),
          new SpLocationRepository(b, sp).all().catch(() => undefined)
        ])
      );
      return { roles: viewer, activities: page.activities, next: page.next, closingDays, locations };
    },
    loadMoreActivities: async (now, after) => {
      const viewer = await roles();
      return editor.listOwn(viewer.isOwner ? 'all' : viewer.userId, sinceOf(now), STUDIO_PAGE, after);
    },
    publish: async (draft) => {
      const published = await editor.publish(draft, (await roles()).userId);
      if (draft.isPrivate) {
        // The coordinator confirms their own private activity at once (best effort: their next
        // studio visit confirms it otherwise; until then sign-up stays closed).
        await confirmPrivate(sp, published.activity, participantsPerSlot(published.activity, []), new Date()).catch(() => undefined);
      }
      return published;
    },
    update: async (id, etag, draft) => {
      const viewer = await roles();
      const current = await editor.get(id);
      if (!current) {
        return editor.update(id, etag, draft);
      }
      const state = await readPrivacyState(sp, current.activity);
      if (state.activity.isPrivate !== draft.isPrivate && state.registrations.some((r) => r.status !== 'cancelled')) {
        // A forged change moves nobody between the lists either: privacy follows the entry.
        throw new DataError('privacyLocked', 'people signed up');
      }
      // What participants will notice is kept on the activity: their own page says so.
      const change = describeChange(current.activity, activityAfterDraft(current.activity, draft));
      const saved = await editor.update(id, etag, draft, change.fields.length > 0 ? { at: new Date(), fields: change.fields } : undefined);
      if (draft.isPrivate && !state.activity.isPrivate && current.activity.organiser.id === viewer.userId) {
        await confirmPrivate(sp, saved.activity, participantsPerSlot(saved.activity, []), new Date());
      } else if (!draft.isPrivate && state.activity.isPrivate) {
        await Promise.all(state.entries.map((e) => new SpPrivateCountRepository(sp).remove(e.id)));
      }
      return saved;
    },
    cancel: (id, etag, reason) => editor.setStatus(id, etag, 'cancelled', reason),
    reopen: (id, etag) => editor.setStatus(id, etag, 'open'),
    setDateCancelled: async (id, etag, date, reason) => {
      const current = await editor.get(id);
      if (!current) {
        throw new DataError('notFound', `activity ${id}`);
      }
      const list = current.activity.cancelledDates || [];
      return editor.setDateCancelled(id, etag, reason === null ? withoutCancelledDate(list, date) : withCancelledDate(list, date, reason));
    },
    tellParticipants: async (before, after, cause) => {
      // The people as they were before the change (places and waiting list), with sign-in
      // names: one $batch. Who is told comes from core/notifications/whoIsTold.
      const [viewer, state] = await Promise.all([roles(), readPrivacyState(sp, before, true)]);
      // Upcoming dates only: people of a date that already took place are not told about it.
      const now = new Date();
      const slots = participantsPerSlot(state.activity, state.registrations, now).map((s) => ({ sessionDate: s.sessionDate, summary: s.summary }));
      const notices =
        cause.kind === 'dateCancelled'
          ? ([] as Notice[]).concat(...slots.map((slot) => noticesForCancelledDate(after, slot, cause.date, cause.reason)))
          : noticesForChange(before, after, slots, cause.kind === 'activityCancelled' ? cause.reason : undefined, toIsoDate(amsterdamDateOf(now)));
      const upns: { [personId: number]: string | undefined } = {};
      state.registrations.forEach((r) => (upns[r.person.id] = r.person.upn || r.person.email || undefined));
      return tell(messenger, after, notices, (personId) => upns[personId], viewer.userId);
    },
    loadCounts: async (activities, now) => {
      const slots: SlotRef[] = [];
      activities.forEach((activity) => upcoming(activitySlots(activity), now).forEach((s) => slots.push(...bothLists(s.ref))));
      const viewer = await roles();
      const ids = activities.map((a) => a.id);
      const [registrations, entries] =
        activities.length === 0
          ? [[], []]
          : await inBatch(sp, (b) =>
              Promise.all([
                slots.length === 0 ? Promise.resolve([]) : new SpRegistrationRepository(b).listForSlots(slots),
                new SpPrivateCountRepository(b).entriesFor(ids).catch(() => undefined)
              ])
            );
      const effective = applyPrivacy(activities, entries || []);
      const kept = inEffectiveList(registrations, effective);
      const counts: { [activityId: number]: SlotParticipants[] } = {};
      effective.forEach((activity) => {
        counts[activity.id] = participantsPerSlot(
          activity,
          kept.filter((r) => r.activityId === activity.id),
          now
        );
      });
      if (entries && viewer.isOwner) {
        // Coordinators read every private sign-up: they publish the numbers for employees, and
        // confirm their own flagged activities that nobody signed up for yet.
        await syncPrivateEntries(sp, viewer.userId, effective, counts, entries, kept, now);
      }
      return counts;
    },
    purgeRegistrations: async (before, dryRun) => {
      const result = await purgeRegistrations(sp, before, { dryRun });
      return result.deleted.registrations + result.deleted.privateRegistrations;
    },
    checkSite: async (context) => {
      // The set-up's code, loaded only when an owner asks (the set-up chunk).
      const { checkSite } = await import(/* webpackChunkName: 'samenbeter-setup' */ '../selfCheck/checkSite');
      const siteUrl = sp.web.toUrl().replace(/\/_api\/web\/?$/i, '');
      return checkSite(sp, { siteUrl, graph, ...context });
    },
    loadAttendance: async (activity) => {
      const records = await new SpAttendanceRepository(sp).forActivity(activity.id);
      // Only the creator's counts hold (an owner reading all items sees forged ones too).
      const counts = attendanceByDate(records, (id) => (id === activity.id ? activity.organiser.id : undefined));
      const byDate: { [date: string]: number } = {};
      Object.keys(counts).forEach((key) => (byDate[key.slice(key.indexOf('|') + 1)] = counts[key]));
      return byDate;
    },
    recordAttendance: async (activity, date, count) => {
      await new SpAttendanceRepository(sp).record(activity.id, date, count);
    },
    loadClosingDays: (now) => new SpClosingDayRepository(sp).onOrAfter(toIsoDate(amsterdamDateOf(now))),
    addClosingDay: (day) => new SpClosingDayRepository(sp).add(day),
    deleteClosingDay: (id) => new SpClosingDayRepository(sp).delete(id),
    loadLocations: () => new SpLocationRepository(sp).all(),
    addLocation: (location) => new SpLocationRepository(sp).add(location),
    updateLocation: (id, location) => new SpLocationRepository(sp).update(id, location),
    setLocationActive: (id, active) => new SpLocationRepository(sp).setActive(id, active),
    loadParticipants: async (activity) => {
      const state = await readPrivacyState(sp, activity, true);
      return participantsPerSlot(state.activity, state.registrations);
    }
  };
}
