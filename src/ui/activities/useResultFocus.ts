import * as React from 'react';
import { useId } from '@fluentui/react-components';
import { SlotMessage } from './activitiesStore';

export interface ResultFocus {
  /** On the slot's root: focus only moves when it is still inside (the person did not go elsewhere). */
  rootRef: React.RefObject<HTMLDivElement>;
  /** On the result message (tabIndex -1). */
  resultRef: React.RefObject<HTMLDivElement>;
  /**
   * Id for the message's text, which names the focused message (aria-labelledby): Fluent's
   * MessageBar points it at a MessageBarTitle we do not render, which would leave it nameless.
   */
  resultTextId: string;
  /** Call when the person starts a sign-up or cancel here. */
  arm: () => void;
}

/**
 * After a sign-up or cancel started in this slot succeeds, focus moves from the button to
 * the result message. The button switches between "Aanmelden" and "Afmelden" in place; had
 * focus stayed on it, a second Space (a bounce, a habit, a repeat) would undo what was just
 * done. On the message a keypress does nothing, the result is read out, and "Afmelden" is
 * one deliberate Shift+Tab away. A failure leaves focus on the button, to try again.
 */
export function useResultFocus(pending: boolean, message: SlotMessage | undefined): ResultFocus {
  const rootRef = React.useRef<HTMLDivElement>(null);
  const resultRef = React.useRef<HTMLDivElement>(null);
  const armed = React.useRef(false);
  const resultTextId = useId('sb-slot-result');
  React.useEffect(() => {
    if (pending || !armed.current || !message) {
      return;
    }
    armed.current = false;
    const root = rootRef.current;
    const result = resultRef.current;
    const active = typeof document !== 'undefined' ? document.activeElement : null;
    if (message.intent !== 'error' && root && result && (!active || active === document.body || root.contains(active))) {
      result.focus();
    }
  }, [pending, message]);
  const arm = React.useCallback(() => {
    armed.current = true;
  }, []);
  return { rootRef, resultRef, resultTextId, arm };
}
