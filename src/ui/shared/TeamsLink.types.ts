import * as React from 'react';

export interface TeamsLinkProps extends Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'color'> {
  href: string;
  children?: React.ReactNode;
}
