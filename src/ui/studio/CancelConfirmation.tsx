import * as React from 'react';
import { Button, Field, Textarea, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { CANCEL_REASON_MAX } from '../../core/activities/cancelReason';
import { formatString } from '../shared/formatString';
import { useStudioStyles } from './useStudioStyles';

export interface CancelConfirmationProps {
  /** '"Lunchwandeling" afzeggen?' or 'di 8 dec afzeggen?'. */
  title: string;
  confirmLabel: string;
  /** Distinct people signed up (place or waiting list); undefined while loading. */
  people: number | undefined;
  reason: string;
  busy: boolean;
  onReason: (reason: string) => void;
  onConfirm: () => void;
  onBack: () => void;
}

/** Calling an activity or a date off: who is affected, an optional reason they will see, and a clear choice. */
export function CancelConfirmation(props: CancelConfirmationProps): JSX.Element {
  const styles = useStudioStyles();
  const headingId = useId('sb-cancel-heading');
  const reasonId = useId('sb-cancel-reason');
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (headingRef.current) {
      headingRef.current.focus();
    }
  }, []);
  const people = props.people;
  const who =
    people === undefined
      ? strings.StudioCancelWhoUnknown
      : people === 0
        ? strings.StudioCancelNobody
        : people === 1
          ? strings.StudioCancelWhoOne
          : formatString(strings.StudioCancelWho, people);
  return (
    <section className={styles.confirm} role="group" aria-labelledby={headingId} data-cancel-confirm>
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className={styles.confirmTitle}>
        {props.title}
      </h4>
      <p data-cancel-who>{who}</p>
      <Field label={strings.StudioCancelReason} hint={formatString(strings.StudioCancelReasonHint, CANCEL_REASON_MAX)}>
        <Textarea id={reasonId} value={props.reason} maxLength={CANCEL_REASON_MAX} onChange={(_, d) => props.onReason(d.value)} data-cancel-reason />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onConfirm} data-cancel-confirm-button>
          {props.confirmLabel}
        </Button>
        <Button disabled={props.busy} onClick={props.onBack}>
          {strings.StudioCancelBack}
        </Button>
      </div>
    </section>
  );
}
