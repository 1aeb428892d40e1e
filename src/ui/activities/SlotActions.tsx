import * as React from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, useId } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import * as strings from 'SamenBeterStrings';
import { formatString } from '../shared/formatString';
import { changeSummary } from '../../core/notifications/noticeText';
import { dayLabel } from './activityFormat';
import { useActivitiesContext } from './ActivitiesContext';
import { availabilityHint, myStatusText, slotActionLabel, statusColor } from './activityLabels';
import { CalendarActions } from './CalendarActions';
import { useAgendaSync } from './useAgendaSync';
import { SlotActionsProps } from './SlotActions.types';
import { useSlotActionsStyles } from './useSlotActionsStyles';
import { useResultFocus } from './useResultFocus';

/**
 * The viewer's status in one slot with its one button: "Aanmelden" or "Afmelden", named
 * with what and when ("Aanmelden voor Lunchwandeling, di 8 dec"). The same button element
 * switches label, so nothing is swapped under focus; but after an action that succeeded,
 * focus moves on to the announced result (useResultFocus), so a second Space cannot undo it.
 * While a request runs the button stays focusable but does nothing (no double sign-up).
 */
export function SlotActions(props: SlotActionsProps): JSX.Element {
  const styles = useSlotActionsStyles();
  const ctx = useActivitiesContext();
  const { activity, view } = props;
  const pending = !!ctx.state.pending[view.key];
  const message = ctx.state.messages[view.key];
  const status = myStatusText(view.my, false);
  const hint = availabilityHint(view);
  const hintId = useId('sb-slot-hint');
  const resultFocus = useResultFocus(pending, message);

  let action: 'signUp' | 'cancel' | undefined;
  if (view.canCancel) {
    action = 'cancel';
  } else if (view.availability === 'open' || view.availability === 'full-waitlist') {
    action = 'signUp';
  }
  const onClick = (): void => {
    if (pending) {
      return;
    }
    const run = action === 'cancel' ? ctx.cancel : ctx.signUp;
    resultFocus.arm();
    run(activity, props.session).catch(() => undefined);
  };
  const agendaNote = useAgendaSync(activity, view);
  const describedBy = [props.describedBy, hint ? hintId : undefined].filter((s) => !!s).join(' ') || undefined;
  // Into the agenda only with a place (or, private, a sign-up whose place one cannot see):
  // not from the waiting list.
  const signedUp = view.my.kind === 'confirmed' || view.my.kind === 'signedUp';

  return (
    <div className={styles.root} ref={resultFocus.rootRef}>
      <div className={styles.row}>
        {status && (
          <Pill appearance="filled" color={statusColor(view.my)} className={styles.status}>
            {status}
          </Pill>
        )}
        {action && (
          <Button
            appearance={action === 'signUp' ? 'primary' : 'secondary'}
            disabledFocusable={pending}
            aria-describedby={describedBy}
            aria-label={slotActionLabel(action, activity, view, ctx.locale, ctx.now())}
            icon={pending ? <Spinner size="extra-tiny" aria-label={strings.ActivitiesPending} /> : undefined}
            onClick={onClick}
            data-slot-action={action}
          >
            {action === 'signUp' ? strings.ActivitiesSignUp : strings.ActivitiesCancel}
          </Button>
        )}
        {!view.summary && !ctx.state.messages[view.key] && <Spinner size="extra-tiny" label={strings.ActivitiesPlacesLoading} />}
      </div>
      {hint && (
        <Caption1 id={hintId} className={styles.hint}>
          {hint}
        </Caption1>
      )}
      {view.placeFound && view.my.kind === 'confirmed' && (
        <Caption1 className={styles.hint} data-place-found>
          {strings.ActivitiesPlaceFound}
        </Caption1>
      )}
      {view.changedSince.length > 0 && view.my.kind !== 'none' && (
        <Caption1 className={styles.hint} data-changed-since>
          {formatString(strings.ActivitiesChangedSince, changeSummary(activity, view.changedSince, ctx.locale))}
        </Caption1>
      )}
      {view.cancelledDates.map((c) => (
        // Plain text: what the organiser typed is never taken as markup.
        <Caption1 key={c.date} className={styles.hint} data-date-cancelled={c.date}>
          {c.reason
            ? formatString(strings.ActivitiesDateCancelledReason, dayLabel(c.date, ctx.locale, ctx.now()), c.reason)
            : formatString(strings.ActivitiesDateCancelled, dayLabel(c.date, ctx.locale, ctx.now()))}
        </Caption1>
      ))}
      {activity.status === 'cancelled' && activity.cancelReason && (
        // Plain text: what the organiser typed is never taken as markup.
        <Caption1 className={styles.hint} data-cancel-reason>
          {formatString(strings.ActivitiesCancelReason, activity.cancelReason)}
        </Caption1>
      )}
      <div role="status" aria-live="polite">
        {agendaNote && (
          <Caption1 className={styles.hint} data-agenda-synced>
            {agendaNote}
          </Caption1>
        )}
        {message && (
          <MessageBar
            intent={message.intent}
            ref={resultFocus.resultRef}
            tabIndex={-1}
            aria-labelledby={resultFocus.resultTextId}
            className={styles.result}
            data-slot-result
          >
            <MessageBarBody id={resultFocus.resultTextId}>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {signedUp && <CalendarActions activity={activity} sessions={view.sessions} sessionDate={view.ref.sessionDate} my={view.my} />}
    </div>
  );
}
