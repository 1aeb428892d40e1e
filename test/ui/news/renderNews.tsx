import * as React from 'react';
import { configure, render, RenderResult } from '@testing-library/react';
import { AppShell } from '../../../src/ui/host/AppShell';
import { VitalityNews } from '../../../src/ui/news/VitalityNews';
import { VitalityNewsProps } from '../../../src/ui/news/VitalityNews.types';
import { FakeNewsApi, NOW } from './fakeNewsApi';

// jsdom does no layout, and under load Fluent's modal focus management (tabster) can
// briefly mark the open dialog's own content aria-hidden there, which makes role
// queries flaky. These component tests therefore also see aria-hidden elements.
configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

export function renderNews(api: FakeNewsApi, overrides: Partial<VitalityNewsProps> = {}): RenderResult {
  return render(
    <AppShell host={{ kind: 'sharepoint', locale: 'nl-NL' }} instanceId="n1">
      <VitalityNews api={api} now={() => NOW} locale="nl-NL" pageSize={3} pillarPreset={null} layout="list" showFilter={true} {...overrides} />
    </AppShell>
  );
}
