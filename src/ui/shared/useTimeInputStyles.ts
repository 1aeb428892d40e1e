import { makeStyles } from '@fluentui/react-components';

export const useTimeInputStyles = makeStyles({
  // A text input is 20 characters wide by default (~200 px): two of them in a row ran past a
  // 360 px phone. The field takes the width its row gives it, and never more.
  root: {
    minWidth: 0,
    maxWidth: '100%'
  },
  // Digits of equal width: "09:30" and "11:11" line up in a row of time fields.
  input: {
    fontVariantNumeric: 'tabular-nums'
  }
});
