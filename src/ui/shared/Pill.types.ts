import * as React from 'react';

export type PillAppearance = 'filled' | 'tint' | 'outline';
export type PillColor = 'brand' | 'danger' | 'informative' | 'success' | 'warning';

export interface PillProps extends React.HTMLAttributes<HTMLSpanElement> {
  /** Default 'filled', as Fluent's Badge. */
  appearance?: PillAppearance;
  /** Default 'brand', as Fluent's Badge. */
  color?: PillColor;
  size?: 'small' | 'medium';
}
