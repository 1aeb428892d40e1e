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

/**
 * A polite live region that says what just succeeded ("… is toegevoegd."): always in the page,
 * so screen readers announce the text when it appears. Extra attributes (data-*) go on the region.
 */
export function SuccessStatus(props: { text: string } & React.HTMLAttributes<HTMLDivElement>): JSX.Element {
  const { text, ...rest } = props;
  return (
    <div role="status" aria-live="polite" {...rest}>
      {text && (
        <MessageBar intent="success">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

