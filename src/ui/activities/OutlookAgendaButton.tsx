import * as React from 'react';
import { Button, Caption1, Spinner } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { isDataError } from '../../core/errors';
import { MyAgenda, SessionEvent } from '../../data/graph/myAgenda';
import { errorMessage } from '../shared/errorMessage';

export interface OutlookAgendaButtonProps {
  agenda: MyAgenda;
  agendaKey: string;
  events: () => SessionEvent[];
  now: () => Date;
}

/**
 * "In mijn Outlook-agenda": the events go straight into the person's own calendar with a
 * reminder (Graph). Without the admin's approval it says so and the .ics file next to it
 * still works; nothing is lost.
 */
export function OutlookAgendaButton(props: OutlookAgendaButtonProps): JSX.Element {
  const { agenda, agendaKey } = props;
  const [inAgenda, setInAgenda] = React.useState(() => agenda.has(agendaKey));
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState('');
  // The button gives way to the confirmation: focus follows it, so keyboard and screen-reader
  // users keep their place (and Escape still closes the dialog around it).
  const confirmation = React.useRef<HTMLSpanElement>(null);
  const [moveFocus, setMoveFocus] = React.useState(false);
  React.useEffect(() => {
    if (moveFocus && confirmation.current) {
      confirmation.current.focus();
      setMoveFocus(false);
    }
  }, [moveFocus, inAgenda]);
  const add = async (): Promise<void> => {
    setBusy(true);
    setProblem('');
    try {
      await agenda.add(agendaKey, props.events(), props.now());
      setInAgenda(true);
      setMoveFocus(true);
    } catch (e) {
      setProblem(isDataError(e) && e.kind === 'accessDenied' ? strings.ActivitiesAgendaNoConsent : `${strings.ActivitiesAgendaFailed} ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {inAgenda ? (
        <span ref={confirmation} tabIndex={-1} data-agenda-in>
          <Caption1>{strings.ActivitiesAgendaIn}</Caption1>
        </span>
      ) : (
        <Button
          size="small"
          appearance="primary"
          disabledFocusable={busy}
          icon={busy ? <Spinner size="extra-tiny" aria-label={strings.ActivitiesPending} /> : undefined}
          onClick={() => {
            if (!busy) {
              add().catch(() => undefined);
            }
          }}
          data-agenda-add
        >
          {strings.ActivitiesAgendaAdd}
        </Button>
      )}
      <span role="status" aria-live="polite">
        {problem && <Caption1 data-agenda-problem>{problem}</Caption1>}
      </span>
    </>
  );
}
