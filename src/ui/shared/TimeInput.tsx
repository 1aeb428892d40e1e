import * as React from 'react';
import { Input, mergeClasses } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { normalizeTimeEntry, parseTimeEntry } from '../../core/time/clockTime';
import { TimeInputProps } from './TimeInput.types';
import { useTimeInputStyles } from './useTimeInputStyles';

/**
 * A 24-hour time field. Not <input type="time">: that shows 12-hour with AM/PM in an en-US
 * browser, while the product and its users are Dutch. People type "9:30", "0930" or "9.30"
 * (core/time/clockTime parseTimeEntry); the form gets 'HH:mm' as soon as the text reads as a
 * time, and the field shows it so when it loses focus. inputMode numeric: a phone opens its
 * number pad (which may lack ':', hence "0930"). Inside a Fluent Field, which labels it and
 * describes its error.
 */
export function TimeInput(props: TimeInputProps): JSX.Element {
  const styles = useTimeInputStyles();
  const { value, onChange, onBlur, input, className, ...rest } = props;
  const [text, setText] = React.useState(value);
  // A value set from outside (a reset, another date's default) replaces what is shown; the
  // form's own echo of the typed text ("930" → "09:30") does not.
  if (normalizeTimeEntry(text) !== value && text !== value) {
    setText(value);
  }
  return (
    <Input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={props.placeholder === undefined ? strings.TimeInputPlaceholder : props.placeholder}
      className={mergeClasses(styles.root, className)}
      // "23:59" needs 5 characters; the size keeps the intrinsic width small (see the styles).
      input={{ className: styles.input, size: 6, ...(typeof input === 'object' && input ? input : {}) }}
      value={text}
      onChange={(_, data) => {
        setText(data.value);
        onChange(normalizeTimeEntry(data.value));
      }}
      onBlur={(event) => {
        if (parseTimeEntry(text)) {
          setText(normalizeTimeEntry(text));
        }
        if (onBlur) {
          onBlur(event);
        }
      }}
    />
  );
}
