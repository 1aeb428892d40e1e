import * as React from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { ValidationError } from '../../core/validation/validationError';
import { formatString } from '../shared/formatString';
import { useStudioStyles } from './useStudioStyles';

export interface ErrorSummaryProps {
  /** One error per field, in form order. */
  errors: ValidationError[];
  /** Id prefix for the summary title. */
  baseId: string;
  fieldId: (field: string) => string;
  message: (error: ValidationError) => string;
}

/** Puts focus on the first focusable control inside a field's wrapper. */
export function focusField(rootId: string): void {
  const root = document.getElementById(rootId);
  const control = root && root.querySelector<HTMLElement>('input, select, textarea, [contenteditable="true"]');
  if (control) {
    control.focus();
  }
}

/**
 * The list of problems at the top of the form (GOV.UK / NL Design System pattern): it
 * takes focus after a failed submit, and each entry moves focus to its field.
 */
export const ErrorSummary = React.forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(props, ref) {
  const styles = useStudioStyles();
  return (
    <div ref={ref} tabIndex={-1} className={styles.summary} role="group" aria-labelledby={`${props.baseId}-summary`} data-error-summary>
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle id={`${props.baseId}-summary`}>{formatString(strings.StudioErrorSummaryTitle, props.errors.length)}</MessageBarTitle>
          <ul className={styles.summaryList}>
            {props.errors.map((e) => (
              <li key={e.field}>
                <Link
                  href={`#${props.fieldId(e.field)}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    focusField(props.fieldId(e.field));
                  }}
                >
                  {props.message(e)}
                </Link>
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
});
