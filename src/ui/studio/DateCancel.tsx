import * as React from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import * as strings from 'SamenBeterStrings';
import { cancelledDateOf } from '../../core/activities/cancelledDates';
import { peopleInSlots } from '../../core/notifications/whoIsTold';
import { EditableActivity } from '../../data/contracts/IActivityEditor';
import { SlotParticipants, StudioApi } from '../../data/contracts/IStudioApi';
import { errorMessage } from '../shared/errorMessage';
import { formatString } from '../shared/formatString';
import { CancelConfirmation } from './CancelConfirmation';
import { tellMessage, tellSafely } from './tellMessage';
import { useStudioStyles } from './useStudioStyles';

export interface DateCancelProps {
  api: StudioApi;
  item: EditableActivity;
  date: string;
  /** The date as shown ('dinsdag 8 december'). */
  label: string;
  slot: SlotParticipants;
  onChanged: (changed: EditableActivity) => void;
  /** What telling the date's participants achieved, for the activity's status line. */
  onTold: (message: ReturnType<typeof tellMessage>) => void;
}

/**
 * One date of a weekly drop-in called off with a reason its participants see (or put back
 * on). The date stays in the series, so nobody's sign-up silently disappears.
 */
export function DateCancel(props: DateCancelProps): JSX.Element {
  const styles = useStudioStyles();
  const { api, item, date } = props;
  const cancelled = cancelledDateOf(item.activity, date);
  const [confirming, setConfirming] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);

  const run = async (cancel: boolean): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await api.setDateCancelled(item.activity.id, item.etag, date, cancel ? reason : null);
      setConfirming(false);
      if (cancel) {
        props.onTold(tellMessage(await tellSafely(() => api.tellParticipants(item.activity, saved.activity, { kind: 'dateCancelled', date, reason }))));
      }
      props.onChanged(saved);
    } catch (e) {
      // The reason stays in the box: nothing typed is lost.
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-date-cancel={date}>
      {cancelled ? (
        <div className={styles.badgeRow}>
          <Pill appearance="filled" color="danger" data-date-cancelled>
            {strings.StudioDateCancelled}
          </Pill>
          {cancelled.reason && <span>{formatString(strings.ActivitiesCancelReason, cancelled.reason)}</span>}
          <Button size="small" disabled={busy} onClick={() => run(false).catch(() => undefined)} data-date-reopen>
            {strings.StudioDateReopen}
          </Button>
        </div>
      ) : (
        <Button
          size="small"
          disabled={busy || confirming}
          aria-expanded={confirming}
          aria-label={`${strings.StudioDateCancel}: ${props.label}`}
          onClick={() => setConfirming(true)}
          data-date-cancel-button
        >
          {strings.StudioDateCancel}
        </Button>
      )}
      {confirming && !cancelled && (
        <CancelConfirmation
          title={formatString(strings.StudioDateCancelTitle, props.label)}
          confirmLabel={strings.StudioDateCancelConfirm}
          people={peopleInSlots([props.slot.summary])}
          reason={reason}
          busy={busy}
          onReason={setReason}
          onConfirm={() => run(true).catch(() => undefined)}
          onBack={() => setConfirming(false)}
        />
      )}
      {failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{errorMessage(failure)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
