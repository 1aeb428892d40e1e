import { makeResetStyles, tokens } from '@fluentui/react-components';

/**
 * The look of Fluent's Card (appearance "filled", size medium) from the theme's tokens: padding
 * and gap 12 px, medium radius, shadow4, and a transparent border that Windows high contrast
 * draws. Our cards are not interactive (their buttons and links are), so none of Card's focus,
 * selection or orientation machinery is needed: Card's styles alone were 5.5 KB (gzip) of every
 * first download.
 */
export const useSurfaceStyles = makeResetStyles({
  display: 'flex',
  flexDirection: 'column',
  gap: '12px',
  padding: '12px',
  position: 'relative',
  boxSizing: 'border-box',
  overflow: 'hidden',
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
  color: tokens.colorNeutralForeground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`
});
