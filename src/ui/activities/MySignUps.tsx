import * as React from 'react';
import { Body1, Button, Link, useRestoreFocusTarget } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import { Surface } from '../shared/Surface';
import * as strings from 'SamenBeterStrings';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { useActivitiesContext } from './ActivitiesContext';
import { sessionLabel, venueLabel } from './activityFormat';
import { MySignUpEntry, mySignUpEntries } from './mySignUpEntries';
import { MySignUpsProps } from './MySignUps.types';
import { SlotActions } from './SlotActions';
import { useMySignUpsStyles } from './useMySignUpsStyles';

type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: unknown };

/** "Mijn aanmeldingen": upcoming confirmed and waiting sign-ups, with cancel and calendar links. */
export function MySignUps(props: MySignUpsProps): JSX.Element {
  const styles = useMySignUpsStyles();
  const ctx = useActivitiesContext();
  const { api, dispatch, state } = ctx;
  const [load, setLoad] = React.useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const stateRef = React.useRef(state);
  stateRef.current = state;

  React.useEffect(() => {
    if (!props.visible) {
      return;
    }
    let current = true;
    const { roles, mine } = stateRef.current;
    const now = ctx.now();
    // Shown data stays while refreshing; only the first load shows a spinner.
    setLoad((l) => (l.status === 'ready' ? l : { status: 'loading' }));
    api.loadMySignUps(now, roles && mine ? { roles, mine } : undefined).then(
      (data) => {
        if (!current) {
          return;
        }
        const keys: string[] = [];
        data.slotRegistrations.forEach((r) => keys.indexOf(r.slot) < 0 && keys.push(r.slot));
        dispatch({ type: 'loaded', roles: data.roles, mine: data.mine, activities: data.activities, slotKeys: keys, registrations: data.slotRegistrations });
        setLoad({ status: 'ready' });
      },
      (error: unknown) => current && setLoad({ status: 'error', error })
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.visible, attempt]);

  if (load.status === 'loading') {
    return <LoadingView label={strings.ActivitiesMineLoading} />;
  }
  if (load.status === 'error') {
    return <ErrorView error={load.error} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  const entries = mySignUpEntries(state, ctx.now());
  if (entries.length === 0) {
    return (
      <div className={styles.empty}>
        <h3 className={styles.emptyTitle}>{strings.ActivitiesMineEmptyTitle}</h3>
        <Body1>{strings.ActivitiesMineEmptyText}</Body1>
        <Button appearance="primary" onClick={props.onBrowse}>
          {strings.ActivitiesMineBrowse}
        </Button>
      </div>
    );
  }
  return (
    <ul className={styles.list} aria-label={strings.ActivitiesTabMine}>
      {entries.map((entry) => (
        <li key={entry.view.key}>
          <MySignUpItem entry={entry} />
        </li>
      ))}
    </ul>
  );
}

function MySignUpItem(props: { entry: MySignUpEntry }): JSX.Element {
  const styles = useMySignUpsStyles();
  const ctx = useActivitiesContext();
  const restoreFocus = useRestoreFocusTarget();
  const { activity, session, view } = props.entry;
  const now = ctx.now();
  const sessions = view.sessions.filter((s) => s.endsAt.getTime() > now.getTime());
  const when = sessions[0] ? sessionLabel(activity, sessions[0], ctx.locale, now) : '';
  return (
    <Surface className={styles.item} data-my-signup={view.key}>
      <h3 className={styles.title}>
        <Link as="button" className={styles.titleButton} onClick={() => ctx.openDetail(activity.id)} {...restoreFocus}>
          {activity.title}
        </Link>
      </h3>
      <Body1 className={styles.line}>
        {when}
        {activity.shape === 'programme' && sessions.length > 1 ? ` (+${sessions.length - 1})` : ''}
      </Body1>
      <Body1 className={styles.line}>{venueLabel(activity)}</Body1>
      {activity.status === 'cancelled' && view.my.kind !== 'activityCancelled' && (
        <Pill className={styles.cancelled} appearance="filled" color="danger">
          {strings.ActivitiesStatusActivityCancelled}
        </Pill>
      )}
      <SlotActions activity={activity} session={session} view={view} />
    </Surface>
  );
}
