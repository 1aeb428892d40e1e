import { InputProps } from '@fluentui/react-components';

export interface TimeInputProps extends Omit<InputProps, 'type' | 'value' | 'defaultValue' | 'onChange' | 'inputMode'> {
  /** The stored time: 'HH:mm' (24-hour), or what was typed when it is not a time. */
  value: string;
  /** 'HH:mm' once the text reads as a time ("930" → "09:30"), else the text as typed. */
  onChange: (value: string) => void;
}
