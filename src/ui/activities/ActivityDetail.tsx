import * as React from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  useId
} from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { Activity, ActivitySession } from '../../core/types';
import { activitySessions } from '../../core/activities/sessions';
import { signUpDeadline } from '../../core/activities/availability';
import { activityRouteUrl } from '../../core/activities/locations';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { SafeHtml } from '../shared/SafeHtml';
import { formatString } from '../shared/formatString';
import { safeUrl } from '../shared/safeUrl';
import { useActivitiesContext } from './ActivitiesContext';
import { instantLabel, sessionLabel, venueLabel } from './activityFormat';
import { placesText } from './activityLabels';
import { descriptionHasPrivacyNote } from './privacyNote';
import { meetingUrlFor } from './activityLinks';
import { ActivityDetailProps } from './ActivityDetail.types';
import { ActivityBadges } from './ActivityBadges';
import { ShareButton } from './ShareButton';
import { SlotActions } from './SlotActions';
import { detailSessions, slotKeyOf, slotRefFor, slotView, SlotView } from './slotView';
import { useActivityDetailStyles } from './useActivityDetailStyles';

/** Fluent's Dismiss icon, inline: one path is not worth another package. */
function DismissIcon(): JSX.Element {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="m4.09 4.22.06-.07a.5.5 0 0 1 .63-.06l.07.06L10 9.29l5.15-5.14a.5.5 0 0 1 .63-.06l.07.06c.18.17.2.44.06.63l-.06.07L10.71 10l5.14 5.15c.18.17.2.44.06.63l-.06.07a.5.5 0 0 1-.63.06l-.07-.06L10 10.71l-5.15 5.14a.5.5 0 0 1-.63.06l-.07-.06a.5.5 0 0 1-.06-.63l.06-.07L9.29 10 4.15 4.85a.5.5 0 0 1-.06-.63l.06-.07-.06.07Z"
      />
    </svg>
  );
}

type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'notFound' } | { status: 'error'; error: unknown };

/**
 * The detail of one activity in a dialog (full screen on phones): description, organiser,
 * every date of a series and the sign-up per date (drop-in) or once (programme, one-off).
 * Escape closes it; focus returns to the card's title.
 */
export function ActivityDetail(props: ActivityDetailProps): JSX.Element {
  const styles = useActivityDetailStyles();
  const ctx = useActivitiesContext();
  const { api, dispatch } = ctx;
  const activity: Activity | undefined = ctx.state.activities[props.activityId];
  const [load, setLoad] = React.useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const known = React.useRef({ activity, roles: ctx.state.roles });

  React.useEffect(() => {
    let current = true;
    const run = async (): Promise<void> => {
      let target = known.current.activity;
      let roles = known.current.roles;
      if (!target || !roles) {
        const data = await api.loadActivity(props.activityId, roles);
        if (!current) {
          return;
        }
        roles = data.roles;
        dispatch({ type: 'loaded', roles: data.roles, activities: data.activity ? [data.activity] : [] });
        if (!data.activity) {
          setLoad({ status: 'notFound' });
          return;
        }
        target = data.activity;
      }
      // Fresh places for every date shown: one request for the whole series.
      const now = ctx.now();
      const found = target;
      const sessions = detailSessions(found, now);
      const refs = sessions.map((s) => slotRefFor(found, s));
      const registrations = await api.loadSlots(refs);
      if (current) {
        dispatch({ type: 'loaded', slotKeys: sessions.map((s) => slotKeyOf(found, s)), registrations });
        setLoad({ status: 'ready' });
      }
    };
    run().catch((error: unknown) => current && setLoad({ status: 'error', error }));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.activityId, attempt]);

  const close = (): void => props.onClose();
  let title: string;
  let body: JSX.Element;
  if (activity) {
    title = activity.title;
    body = <DetailBody activity={activity} load={load} onRetry={() => setAttempt((n) => n + 1)} />;
  } else if (load.status === 'notFound') {
    title = strings.ActivitiesNotFoundTitle;
    body = <Body1>{strings.ActivitiesNotFound}</Body1>;
  } else if (load.status === 'error') {
    title = strings.ActivitiesDetailErrorTitle;
    body = <ErrorView error={load.error} onRetry={() => setAttempt((n) => n + 1)} />;
  } else {
    title = strings.ActivitiesDetailLoading;
    body = <LoadingView label={strings.ActivitiesDetailLoading} />;
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined} data-activity-detail={props.activityId}>
        <DialogBody className={styles.body}>
          <DialogTitle
            className={styles.title}
            action={
              <Button appearance="subtle" aria-label={strings.ActivitiesClose} icon={<DismissIcon />} onClick={close} data-detail-close />
            }
          >
            {title}
          </DialogTitle>
          <DialogContent className={styles.content}>{body}</DialogContent>
          {activity && (
            <DialogActions className={styles.actions} fluid={false}>
              <ShareButton activity={activity} />
            </DialogActions>
          )}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function DetailBody(props: { activity: Activity; load: LoadState; onRetry: () => void }): JSX.Element {
  const styles = useActivityDetailStyles();
  const ctx = useActivitiesContext();
  const { activity } = props;
  const now = ctx.now();
  const roles = ctx.state.roles;
  const image = safeUrl(activity.imageUrl);
  const all = activitySessions(activity);
  const shown = detailSessions(activity, now);
  const views: Array<{ session: ActivitySession | null; view: SlotView }> = shown.map((session) => ({
    session,
    view: slotView(activity, session, ctx.state.slots[slotKeyOf(activity, session)], roles, now)
  }));
  const confirmedView = views.filter((v) => v.view.my.kind === 'confirmed')[0];
  const meetingUrl = confirmedView ? meetingUrlFor(activity, confirmedView.view.my) : undefined;
  // The route from the activity itself (copied from the location when published): https only.
  const route = activityRouteUrl(activity);
  const first = all[0];

  let when: string;
  if (activity.shape === 'weeklyDropIn') {
    when = shown[0] ? `${strings.ActivitiesSeriesDropIn} · ${sessionLabel(activity, shown[0] as ActivitySession, ctx.locale, now)}` : strings.ActivitiesNoDatesLeft;
  } else if (first) {
    when = sessionLabel(activity, first, ctx.locale, now);
    if (activity.shape === 'programme') {
      when += ` · ${formatString(strings.ActivitiesSeriesProgramme, all.length)}`;
    }
  } else {
    when = strings.ActivitiesNoDatesLeft;
  }
  let deadline: string | undefined;
  if (activity.shape === 'weeklyDropIn') {
    deadline = activity.signUpDeadline ? instantLabel(activity.signUpDeadline, ctx.locale) : strings.ActivitiesDeadlineDropIn;
  } else {
    const d = signUpDeadline(activity, null);
    deadline = d ? instantLabel(d, ctx.locale) : undefined;
  }

  return (
    <>
      <ActivityBadges activity={activity} showCancelled />
      {image && <img className={styles.image} src={image} alt="" />}
      <dl className={styles.facts}>
        <dt className={styles.term}>{strings.ActivitiesWhen}</dt>
        <dd className={styles.definition}>{when}</dd>
        <dt className={styles.term}>{strings.ActivitiesWhere}</dt>
        <dd className={styles.definition}>{venueLabel(activity)}</dd>
        {activity.venue.kind !== 'online' && activity.address && (
          <>
            <dt className={styles.term}>{strings.ActivitiesAddress}</dt>
            <dd className={styles.definition} data-activity-address>
              {activity.address}
            </dd>
          </>
        )}
        {route && activity.venue.kind !== 'online' && (
          <dd className={styles.definition}>
            <Link href={route} target="_blank" rel="noopener noreferrer" aria-label={formatString(strings.ActivitiesRouteName, activity.venue.location)} data-route-link>
              {strings.ActivitiesRoute}
            </Link>
          </dd>
        )}
        {activity.organiser.name && (
          <>
            <dt className={styles.term}>{strings.ActivitiesOrganiser}</dt>
            <dd className={styles.definition}>{activity.organiser.name}</dd>
          </>
        )}
        {deadline && (
          <>
            <dt className={styles.term}>{strings.ActivitiesDeadline}</dt>
            <dd className={styles.definition}>{deadline}</dd>
          </>
        )}
      </dl>
      {/* The note once: the badge names it; this says what it means, unless the organiser's description already does. */}
      {activity.isPrivate && !descriptionHasPrivacyNote(activity.descriptionHtml) && (
        <Body1 className={styles.muted} data-private-note>
          {strings.ActivitiesPrivateExplain}
        </Body1>
      )}
      {activity.isPrivate && activity.venue.kind !== 'onSite' && confirmedView && (
        <Body1 className={styles.muted} data-private-meeting>
          {strings.ActivitiesPrivateMeeting}
        </Body1>
      )}
      {meetingUrl ? (
        <Link href={meetingUrl} target="_blank" rel="noopener noreferrer">
          {strings.ActivitiesMeetingLink}
        </Link>
      ) : (
        activity.venue.kind !== 'onSite' && <Body1 className={styles.muted}>{strings.ActivitiesMeetingLinkLater}</Body1>
      )}
      <SafeHtml html={activity.descriptionHtml} className={styles.description} />
      {props.load.status === 'error' && <ErrorView error={props.load.error} onRetry={props.onRetry} />}
      {activity.shape === 'weeklyDropIn' ? (
        <DropInDates activity={activity} views={views} />
      ) : (
        <SingleSlot activity={activity} sessions={all} view={views[0] && views[0].view} />
      )}
    </>
  );
}

function DropInDates(props: { activity: Activity; views: Array<{ session: ActivitySession | null; view: SlotView }> }): JSX.Element {
  const styles = useActivityDetailStyles();
  const ctx = useActivitiesContext();
  const headingId = useId('sb-detail-dates');
  const rowId = useId('sb-detail-date');
  const now = ctx.now();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionHeading}>
        {strings.ActivitiesDates}
      </h3>
      <Body1 className={styles.muted}>{strings.ActivitiesDropInNote}</Body1>
      {props.views.length === 0 ? (
        <Body1>{strings.ActivitiesNoDatesLeft}</Body1>
      ) : (
        <ul className={styles.sessions}>
          {props.views.map(({ session, view }, index) => {
            const dateId = `${rowId}-${index}`;
            // A private list's "Besloten deelnemerslijst" is said once, by the badge: not again on every date.
            const places = view.seesOthers || view.published ? placesText(props.activity, view, ctx.locale) : undefined;
            return (
              <li key={view.key} className={styles.sessionRow} data-session={session ? session.date : ''}>
                <div className={styles.sessionHead}>
                  <Body1 id={dateId} className={styles.sessionDate}>
                    {session ? sessionLabel(props.activity, session, ctx.locale, now) : ''}
                  </Body1>
                  {places && <Body1>{places}</Body1>}
                </div>
                <SlotActions activity={props.activity} session={session} view={view} describedBy={dateId} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function SingleSlot(props: { activity: Activity; sessions: ActivitySession[]; view: SlotView | undefined }): JSX.Element {
  const styles = useActivityDetailStyles();
  const ctx = useActivitiesContext();
  const now = ctx.now();
  const { activity, view } = props;
  const places = view ? placesText(activity, view, ctx.locale) : undefined;
  const headingId = useId('sb-detail-signup');
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionHeading}>
        {activity.shape === 'programme' ? strings.ActivitiesSessions : strings.ActivitiesSignUpHeading}
      </h3>
      {activity.shape === 'programme' && (
        <>
          <Body1 className={styles.muted}>{formatString(strings.ActivitiesProgrammeNote, props.sessions.length)}</Body1>
          <ul className={styles.sessions}>
            {props.sessions.map((session) => (
              <li key={session.key} className={styles.sessionRow}>
                <Body1 className={session.endsAt.getTime() <= now.getTime() ? styles.muted : undefined}>
                  {sessionLabel(activity, session, ctx.locale, now)}
                </Body1>
              </li>
            ))}
          </ul>
        </>
      )}
      {places && view && (view.seesOthers || view.published) && <Body1 className={styles.sessionDate}>{places}</Body1>}
      {view && <SlotActions activity={activity} session={null} view={view} />}
    </section>
  );
}
