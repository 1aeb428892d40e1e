import * as React from 'react';

export interface TabStripProps {
  /** The value of the selected tab. */
  selectedValue: string;
  onTabSelect: (value: string) => void;
  'aria-label'?: string;
  className?: string;
  children?: React.ReactNode;
}

export interface TabStripTabProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'value' | 'onSelect'> {
  value: string;
}
