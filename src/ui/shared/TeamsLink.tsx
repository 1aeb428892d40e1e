import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { isTeamsDeepLink } from '../../core/links/teamsChat';
import { HostContext } from '../host/HostContext';
import { TeamsLinkProps } from './TeamsLink.types';

/**
 * A link that, inside a Teams tab, opens Teams deep links through TeamsJS (app.openLink) instead
 * of navigating the tab's iframe; everywhere else (and for any other URL) a plain new-tab link.
 */
export function TeamsLink(props: TeamsLinkProps): JSX.Element {
  const host = React.useContext(HostContext);
  const { href, onClick, children, ...rest } = props;
  const open = host && host.openLink;
  const handleClick = (e: React.MouseEvent<HTMLAnchorElement>): void => {
    if (onClick) {
      onClick(e);
    }
    if (open && !e.defaultPrevented && isTeamsDeepLink(href)) {
      e.preventDefault();
      open(href).catch(() => {
        // TeamsJS refused (an older client): the browser's way still works.
        window.open(href, '_blank', 'noopener,noreferrer');
      });
    }
  };
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" onClick={handleClick} {...rest}>
      {children}
    </Link>
  );
}
