import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { AppShell } from '../../../src/ui/host/AppShell';
import { Participation } from '../../../src/ui/participation/Participation';
import { UiLocale } from '../../../src/ui/host/hostTypes';
import { FakeParticipationApi } from './publishedYearFixture';

// jsdom has no canvas: the charts measure text with one and fall back without it (quietly).
export function quietCanvas(): void {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => null });
}
quietCanvas();

/** 20 July 2026, 10:00 in Amsterdam. */
export const NOW = new Date('2026-07-20T08:00:00Z');

export function renderParticipation(api: FakeParticipationApi, locale: UiLocale = 'nl-NL'): RenderResult {
  return render(
    <AppShell host={{ kind: 'sharepoint', locale, sharePointPrimary: '#8a1538' }} instanceId="p1">
      <Participation api={api} now={() => new Date(NOW.getTime())} locale={locale} />
    </AppShell>
  );
}
