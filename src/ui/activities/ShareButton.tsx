import * as React from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { useActivitiesContext } from './ActivitiesContext';
import { shareLinkFor } from './activityLinks';
import { ShareButtonProps } from './ShareButton.types';
import { useShareButtonStyles } from './useShareButtonStyles';

type ShareState = 'idle' | 'copied' | 'fallback';

/**
 * "Deel": copies a link that opens this activity (a Teams deep link inside Teams, else
 * the page with ?activity=<id>). Where the clipboard is blocked (some Teams clients,
 * plain http) the link appears in a text field, selected, to copy by hand.
 */
export function ShareButton(props: ShareButtonProps): JSX.Element {
  const styles = useShareButtonStyles();
  const ctx = useActivitiesContext();
  const [state, setState] = React.useState<ShareState>('idle');
  const link = shareLinkFor(props.activity, ctx.share, ctx.hostKind);

  const onShare = (): void => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard || typeof clipboard.writeText !== 'function') {
      setState('fallback');
      return;
    }
    clipboard.writeText(link).then(
      () => setState('copied'),
      () => setState('fallback')
    );
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button onClick={onShare}>{strings.ActivitiesShare}</Button>
        <span role="status">{state === 'copied' && <Text className={styles.copied}>{strings.ActivitiesShareCopied}</Text>}</span>
      </div>
      {state === 'fallback' && (
        <Field label={strings.ActivitiesShareFallback}>
          <Input
            className={styles.input}
            readOnly
            value={link}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            data-share-link
          />
        </Field>
      )}
    </div>
  );
}
