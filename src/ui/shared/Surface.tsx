import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { SurfaceProps } from './Surface.types';
import { useSurfaceStyles } from './useSurfaceStyles';

/** A card: the surface of an activity, a news post, a sign-up or the theme of the week. */
export function Surface(props: SurfaceProps): JSX.Element {
  const base = useSurfaceStyles();
  const { className, ...rest } = props;
  return <div {...rest} className={mergeClasses('sb-Surface', base, className)} />;
}
