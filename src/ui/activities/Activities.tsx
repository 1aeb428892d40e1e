import * as React from 'react';
import { useId } from '@fluentui/react-components';
import { TabStrip, TabStripTab } from '../shared/TabStrip';
import * as strings from 'SamenBeterStrings';
import { Activity, ActivitySession } from '../../core/types';
import { errorMessage } from '../shared/errorMessage';
import { formatString } from '../shared/formatString';
import { ActivitiesContext, ActivitiesContextValue } from './ActivitiesContext';
import { ActivitiesProps } from './Activities.types';
import { activitiesReducer, initialActivitiesState } from './activitiesStore';
import { ActivityCatalogue } from './ActivityCatalogue';
import { dayLabel } from './activityFormat';
import { signUpResult } from './activityLabels';
import { agendaKey } from './agendaKey';
import { slotKeyOf, slotRefFor, slotView } from './slotView';
import { useActivitiesStyles } from './useActivitiesStyles';
import { lazyPart } from '../shared/lazyPart';

// Not needed to show the catalogue: the detail dialog (Fluent Dialog, the sign-up and calendar
// actions, sharing, DOMPurify) and "Mijn aanmeldingen" come in one chunk on first use.
const ActivityDetail = lazyPart(
  () => import(/* webpackChunkName: 'samenbeter-activities-more' */ './ActivityDetail').then((m) => m.ActivityDetail),
  strings.ActivitiesDetailLoading
);
const MySignUps = lazyPart(
  () => import(/* webpackChunkName: 'samenbeter-activities-more' */ './MySignUps').then((m) => m.MySignUps),
  strings.ActivitiesMineLoading
);

type TabName = 'catalogue' | 'mine';

/**
 * The Activiteiten web part: the catalogue and "Mijn aanmeldingen" as two tabs, and the
 * detail dialog. Sign-up and cancel live here so every view shows the result at once:
 * ONE write, a re-read of that one slot, and the outcome derived by src/core.
 */
export function Activities(props: ActivitiesProps): JSX.Element {
  const styles = useActivitiesStyles();
  const [state, dispatch] = React.useReducer(activitiesReducer, initialActivitiesState);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  // Set synchronously on click: a second click before React re-renders is ignored too.
  const busy = React.useRef<Set<string>>(new Set<string>());
  const [tab, setTab] = React.useState<TabName>('catalogue');
  const [mineOpened, setMineOpened] = React.useState(false);
  const [detailId, setDetailId] = React.useState<number | undefined>(props.initialActivityId || undefined);
  const headingId = useId('sb-activities-heading');
  const tabIds = { catalogue: useId('sb-tab-catalogue'), mine: useId('sb-tab-mine') };
  const panelIds = { catalogue: useId('sb-panel-catalogue'), mine: useId('sb-panel-mine') };
  const { api, now, locale } = props;

  const what = React.useCallback(
    (activity: Activity, session: ActivitySession | null): string =>
      activity.shape === 'weeklyDropIn' && session ? `${activity.title}, ${dayLabel(session.date, locale, now())}` : activity.title,
    [locale, now]
  );

  const runSlotAction = React.useCallback(
    async (kind: 'signUp' | 'cancel', activity: Activity, session: ActivitySession | null): Promise<void> => {
      const roles = stateRef.current.roles;
      const dropIn = activity.shape === 'weeklyDropIn' ? session : null;
      const key = slotKeyOf(activity, dropIn);
      if (!roles || busy.current.has(key)) {
        return;
      }
      busy.current.add(key);
      dispatch({ type: 'pending', key, pending: true });
      dispatch({ type: 'message', key, message: undefined });
      const ref = slotRefFor(activity, dropIn);
      try {
        if (kind === 'signUp') {
          const result = await api.signUp(ref, roles.userId);
          const after = result.slotRegistrations
            ? result.slotRegistrations
            : (stateRef.current.slots[key] || []).filter((r) => r.id !== result.registration.id).concat([result.registration]);
          // The message first: React 17 renders after each dispatch here, and a row that
          // shows a message stays in "Mijn aanmeldingen" (no element swapped under focus).
          const view = slotView(activity, dropIn, after, roles, now());
          dispatch({ type: 'message', key, message: signUpResult(view.my, what(activity, dropIn)) });
          dispatch(
            result.slotRegistrations
              ? { type: 'slotRead', key, registrations: result.slotRegistrations, personId: roles.userId }
              : { type: 'signedUp', key, registration: result.registration }
          );
        } else {
          const ids = slotView(activity, dropIn, stateRef.current.slots[key], roles, now()).myActiveIds;
          const result = await api.cancel(ref, ids, activity);
          // Out of the Outlook agenda too, when it was put there (best effort: the cancel stands).
          if (props.agenda) {
            props.agenda.sync(agendaKey(roles.userId, key), activity, [], false, now()).catch(() => undefined);
          }
          dispatch({ type: 'message', key, message: { intent: 'success', text: formatString(strings.ActivitiesResultCancelled, what(activity, dropIn)) } });
          dispatch(
            result.slotRegistrations
              ? { type: 'slotRead', key, registrations: result.slotRegistrations, personId: roles.userId }
              : { type: 'cancelled', key, ids }
          );
        }
      } catch (error) {
        // Nothing shown is thrown away: the cards and filters stay as they were.
        dispatch({ type: 'message', key, message: { intent: 'error', text: errorMessage(error) } });
      } finally {
        busy.current.delete(key);
        dispatch({ type: 'pending', key, pending: false });
      }
    },
    [api, now, what, props.agenda]
  );

  const value = React.useMemo<ActivitiesContextValue>(
    () => ({
      api,
      now,
      locale,
      hostKind: props.hostKind,
      share: props.share,
      uidDomain: props.uidDomain,
      agenda: props.agenda,
      state,
      dispatch,
      openDetail: (id: number) => setDetailId(id),
      signUp: (activity, session) => runSlotAction('signUp', activity, session),
      cancel: (activity, session) => runSlotAction('cancel', activity, session)
    }),
    [api, now, locale, props.hostKind, props.share, props.uidDomain, props.agenda, state, runSlotAction]
  );

  const select = (name: TabName): void => {
    setTab(name);
    if (name === 'mine') {
      setMineOpened(true);
    }
  };

  return (
    <ActivitiesContext.Provider value={value}>
      <section className={styles.root} aria-labelledby={headingId} data-activities-root>
        <h2 id={headingId} className={styles.heading}>
          {strings.ActivitiesTitle}
        </h2>
        <TabStrip className={styles.tabs} selectedValue={tab} onTabSelect={(value) => select(value as TabName)}>
          <TabStripTab value="catalogue" id={tabIds.catalogue} aria-controls={panelIds.catalogue}>
            {strings.ActivitiesTabCatalogue}
          </TabStripTab>
          <TabStripTab value="mine" id={tabIds.mine} aria-controls={panelIds.mine}>
            {strings.ActivitiesTabMine}
          </TabStripTab>
        </TabStrip>
        <div role="tabpanel" id={panelIds.catalogue} aria-labelledby={tabIds.catalogue} hidden={tab !== 'catalogue'} className={styles.panel}>
          <ActivityCatalogue pageSize={props.pageSize} showFilters={props.showFilters} />
        </div>
        <div role="tabpanel" id={panelIds.mine} aria-labelledby={tabIds.mine} hidden={tab !== 'mine'} className={styles.panel}>
          {mineOpened && <MySignUps visible={tab === 'mine'} onBrowse={() => select('catalogue')} />}
        </div>
        {detailId !== undefined && <ActivityDetail activityId={detailId} onClose={() => setDetailId(undefined)} />}
      </section>
    </ActivitiesContext.Provider>
  );
}
