import * as React from 'react';

/** A card-like surface: every attribute of a div (role, aria-*, data-*) plus a class name to merge. */
export type SurfaceProps = React.HTMLAttributes<HTMLDivElement>;
