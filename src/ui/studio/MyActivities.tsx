import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import { Surface } from '../shared/Surface';
import * as strings from 'SamenBeterStrings';
import { isDataError } from '../../core/errors';
import { parseIsoDate } from '../../core/time/calendarDate';
import { parseClockTime } from '../../core/time/clockTime';
import { formatDateShort, formatTimeRange } from '../../core/time/dutchFormat';
import { Activity } from '../../core/types';
import { EditableActivity } from '../../data/contracts/IActivityEditor';
import { peopleInSlots } from '../../core/notifications/whoIsTold';
import { tellMessage, tellSafely } from './tellMessage';
import { CancelConfirmation } from './CancelConfirmation';
import { SlotParticipants } from '../../data/contracts/IStudioApi';
import { formatString } from '../shared/formatString';
import { useAsyncData } from '../shared/useAsyncData';
import { errorMessage } from '../shared/errorMessage';
import { MyActivitiesProps } from './MyActivities.types';
import { useStudioStyles } from './useStudioStyles';
import { lazyPart } from '../shared/lazyPart';

// The participants of an activity (list, export, date cancel) load when first opened.
const Participants = lazyPart(
  () => import(/* webpackChunkName: 'samenbeter-studio-participants' */ './Participants').then((m) => m.Participants),
  strings.StudioParticipantsLoading
);
import { countsText } from './countsText';
import { byNextSession } from './studioOrder';

function whenText(activity: Activity, locale: MyActivitiesProps['locale']): string {
  const first = parseIsoDate(activity.dates[0] || '');
  const last = parseIsoDate(activity.dates[activity.dates.length - 1] || '');
  const start = parseClockTime(activity.startTime);
  const end = parseClockTime(activity.endTime);
  const dates = first && last ? (activity.dates.length > 1 ? `${formatDateShort(first, locale)} – ${formatDateShort(last, locale)}` : formatDateShort(first, locale)) : '';
  return start && end ? `${dates}, ${formatTimeRange(start, end, locale)}` : dates;
}

/** "za 29 nov: 1 van 20 plekken bezet" per date still to come. */
function CountsPerDate(props: { activity: Activity; slots: SlotParticipants[] | undefined; locale: MyActivitiesProps['locale'] }): JSX.Element | null {
  const styles = useStudioStyles();
  if (!props.slots || props.slots.length === 0) {
    return null;
  }
  return (
    <ul className={styles.people} data-counts-per-date>
      {props.slots.map((slot) => {
        const date = slot.sessionDate ? parseIsoDate(slot.sessionDate) : null;
        const counts = countsText(slot.summary, props.activity.capacity);
        return <li key={slot.sessionDate || 'all'}>{date ? `${formatDateShort(date, props.locale)}: ${counts}` : counts}</li>;
      })}
    </ul>
  );
}

function MyActivity(props: MyActivitiesProps & { item: EditableActivity; slots: SlotParticipants[] | undefined }): JSX.Element {
  const styles = useStudioStyles();
  const { item, api } = props;
  const activity = item.activity;
  const [open, setOpen] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const cancelled = activity.status === 'cancelled';
  const conflict = isDataError(failure) && failure.kind === 'conflict';

  const [confirming, setConfirming] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [told, setTold] = React.useState<ReturnType<typeof tellMessage>>(undefined);
  const toggleStatus = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setTold(undefined);
    try {
      if (cancelled) {
        props.onChanged(await api.reopen(activity.id, item.etag));
      } else {
        const saved = await api.cancel(activity.id, item.etag, reason);
        props.onChanged(saved);
        setTold(tellMessage(await tellSafely(() => api.tellParticipants(activity, saved.activity, { kind: 'activityCancelled', reason }))));
      }
      setConfirming(false);
    } catch (e) {
      // The reason stays in the box: nothing typed is lost.
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  // Calling off asks first and says who is affected; opening again does not need to.
  const onStatusButton = (): void => {
    if (cancelled) {
      toggleStatus().catch(() => undefined);
    } else {
      setConfirming(true);
    }
  };

  return (
    <li>
      <Surface className={styles.item} data-my-activity={activity.id}>
        <h3 className={styles.itemTitle}>{activity.title}</h3>
        <div className={styles.badgeRow}>
          <span>{whenText(activity, props.locale)}</span>
          {cancelled && (
            <Pill appearance="filled" color="danger" data-status-cancelled>
              {strings.StudioStatusCancelled}
            </Pill>
          )}
        </div>
        <CountsPerDate activity={activity} slots={props.slots} locale={props.locale} />
        <div className={styles.actions}>
          <Button size="small" onClick={() => props.onEdit(item)} data-edit>
            {strings.StudioEdit}
          </Button>
          <Button
            size="small"
            disabled={busy || confirming}
            onClick={onStatusButton}
            aria-expanded={cancelled ? undefined : confirming}
            data-toggle-status={cancelled ? 'reopen' : 'cancel'}
          >
            {cancelled ? strings.StudioReopen : strings.StudioCancelActivity}
          </Button>
          <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)} data-show-participants>
            {open ? strings.StudioHideParticipants : strings.StudioParticipants}
          </Button>
        </div>
        {confirming && !cancelled && (
          <CancelConfirmation
            title={formatString(strings.StudioCancelTitle, activity.title)}
            confirmLabel={strings.StudioCancelConfirm}
            people={props.slots ? peopleInSlots(props.slots.map((slot) => slot.summary)) : undefined}
            reason={reason}
            busy={busy}
            onReason={setReason}
            onConfirm={() => toggleStatus().catch(() => undefined)}
            onBack={() => setConfirming(false)}
          />
        )}
        {failure !== undefined && (
          <MessageBar intent={conflict ? 'warning' : 'error'}>
            <MessageBarBody>{conflict ? strings.StudioConflict : errorMessage(failure)}</MessageBarBody>
            {conflict && (
              <MessageBarActions>
                <Button onClick={props.onReload}>{strings.StudioReload}</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        <div role="status" aria-live="polite" data-told>
          {told && (
            <MessageBar intent={told.intent}>
              <MessageBarBody>{told.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {open && <Participants api={api} item={item} locale={props.locale} now={props.now} onChanged={props.onChanged} onTold={setTold} />}
      </Surface>
    </li>
  );
}

/** "Mijn activiteiten": edit, cancel / reopen, and the participants of each. */
export function MyActivities(props: MyActivitiesProps): JSX.Element {
  const styles = useStudioStyles();
  const { api, activities, now } = props;
  // Counts of every date still to come, for all listed activities in one request.
  const [counts] = useAsyncData(
    () => api.loadCounts(
      activities.map((a) => a.activity),
      now()
    ),
    [api, activities]
  );
  const slotsOf = (id: number): SlotParticipants[] | undefined => (counts.status === 'ready' ? counts.data[id] : undefined);
  if (props.activities.length === 0) {
    return <p>{strings.StudioMineEmpty}</p>;
  }
  return (
    <>
      <ul className={styles.list} data-my-activities>
        {byNextSession(props.activities, now()).map((item) => (
          <MyActivity key={item.activity.id} {...props} item={item} slots={slotsOf(item.activity.id)} />
        ))}
      </ul>
      {props.onLoadMore && <LoadMore onLoadMore={props.onLoadMore} />}
    </>
  );
}

/** "Meer laden": the studio shows every activity, a page at a time, never a silent part. */
function LoadMore(props: { onLoadMore: () => Promise<void> }): JSX.Element {
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const load = (): void => {
    setBusy(true);
    setFailure(undefined);
    props.onLoadMore().then(
      () => setBusy(false),
      (e: unknown) => {
        setFailure(e);
        setBusy(false);
      }
    );
  };
  return (
    <div data-studio-load-more>
      <Button disabled={busy} onClick={load}>
        {strings.StudioLoadMore}
      </Button>
      {failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{errorMessage(failure)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
