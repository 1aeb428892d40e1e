/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, fireEvent } from '@testing-library/react';
import '@testing-library/jest-dom';
import { AppShell } from '../../src/ui/host/AppShell';
import { HostInfo } from '../../src/ui/host/hostTypes';
import { TeamsLink } from '../../src/ui/shared/TeamsLink';

const CHAT = 'https://teams.microsoft.com/l/chat/0/0?users=a%40x.nl,b%40x.nl&topicName=Fietsgroep';

function renderLink(host: HostInfo, href: string): HTMLElement {
  render(
    <AppShell host={host} instanceId="t">
      <TeamsLink href={href}>Chat met deelnemers</TeamsLink>
    </AppShell>
  );
  return screen.getByRole('link', { name: 'Chat met deelnemers' });
}

describe('TeamsLink', () => {
  it('inside Teams opens a Teams deep link through TeamsJS, not by navigating the tab', () => {
    const openLink = jest.fn(async () => undefined);
    const link = renderLink({ kind: 'teams', teamsTheme: 'default', locale: 'nl-NL', openLink }, CHAT);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(link, event);
    expect(openLink).toHaveBeenCalledWith(CHAT);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves other links, and every link outside Teams, to the browser (new tab)', () => {
    const openLink = jest.fn(async () => undefined);
    const other = renderLink({ kind: 'teams', teamsTheme: 'default', locale: 'nl-NL', openLink }, 'https://www.maastricht.nl/route');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(other, event);
    expect(openLink).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
    expect(other).toHaveAttribute('target', '_blank');
  });

  it('in SharePoint a Teams link is a plain new-tab link', () => {
    const link = renderLink({ kind: 'sharepoint', locale: 'nl-NL' }, CHAT);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(link, event);
    expect(event.defaultPrevented).toBe(false);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
