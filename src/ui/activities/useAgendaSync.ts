import * as React from 'react';
import * as strings from 'SamenBeterStrings';
import { Activity } from '../../core/types';
import { useActivitiesContext } from './ActivitiesContext';
import { agendaEventsFor, agendaKey } from './agendaActions';
import { meetingUrlFor, shareLinkFor } from './activityLinks';
import { SlotView } from './slotView';

/**
 * On a visit after the organiser changed time, place or link, called a date off or the
 * activity, or the person cancelled elsewhere: the events this person put in their Outlook
 * agenda follow, and the slot says so ("Je Outlook-agenda is bijgewerkt"). Only once the slot
 * is loaded, so a page still loading never looks like a cancelled sign-up.
 */
export function useAgendaSync(activity: Activity, view: SlotView): string {
  const ctx = useActivitiesContext();
  const [note, setNote] = React.useState('');
  const roles = ctx.state.roles;
  const loaded = view.summary !== undefined;
  React.useEffect(() => {
    if (!ctx.agenda || !roles || !loaded) {
      return undefined;
    }
    const key = agendaKey(roles.userId, view.key);
    if (!ctx.agenda.has(key)) {
      return undefined;
    }
    const active = view.my.kind === 'confirmed' || view.my.kind === 'signedUp';
    const events = agendaEventsFor(activity, view.sessions, roles.userId, shareLinkFor(activity, ctx.share, ctx.hostKind), meetingUrlFor(activity, view.my));
    let live = true;
    ctx.agenda
      .sync(key, activity, events, active, ctx.now())
      .then((result) => {
        if (live && result !== 'none') {
          setNote(result === 'updated' ? strings.ActivitiesAgendaUpdated : strings.ActivitiesAgendaRemoved);
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // The activity object and the person's status decide; the rest is stable per slot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx.agenda, roles && roles.userId, activity, view.key, view.my.kind, loaded]);
  return note;
}
