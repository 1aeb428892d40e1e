import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { errorMessage } from './errorMessage';

const useStatusStyles = makeStyles({
  loading: {
    paddingTop: tokens.spacingVerticalXXL,
    paddingBottom: tokens.spacingVerticalXXL
  }
});

export function LoadingView(props: { label: string }): JSX.Element {
  const styles = useStatusStyles();
  // The spinner's label is announced politely by screen readers.
  return <Spinner className={styles.loading} label={props.label} labelPosition="below" aria-live="polite" />;
}

/** A failed load or save in plain Dutch, with a retry when there is one. */
export function ErrorMessageBar(props: { error: unknown; onRetry?: () => void }): JSX.Element {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{errorMessage(props.error)}</MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{strings.Retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
