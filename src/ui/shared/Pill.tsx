import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { PillProps } from './Pill.types';
import { usePillBaseStyles, usePillStyles } from './usePillStyles';

const CAPITAL = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A short status word or label in a coloured pill (a pillar, "Vol", "Ingepland"); never colour alone. */
export function Pill(props: PillProps): JSX.Element {
  const base = usePillBaseStyles();
  const styles = usePillStyles();
  const { appearance = 'filled', color = 'brand', size = 'medium', className, ...rest } = props;
  const variant = `${appearance}${CAPITAL(color)}` as keyof ReturnType<typeof usePillStyles>;
  return <span {...rest} className={mergeClasses('sb-Pill', base, styles[variant], size === 'small' && styles.small, className)} />;
}
