import * as React from 'react';
import { configure, render, RenderResult } from '@testing-library/react';
import { AppShell } from '../../../src/ui/host/AppShell';
import { HostInfo } from '../../../src/ui/host/hostTypes';
import { VitalityNews } from '../../../src/ui/news/VitalityNews';
import { VitalityNewsProps } from '../../../src/ui/news/VitalityNews.types';
import { FakeNewsApi } from './fakeNewsApi';

configure({ asyncUtilTimeout: 4000 });

export function renderNews(api: FakeNewsApi, overrides: Partial<VitalityNewsProps> = {}, host: Partial<HostInfo> = {}): RenderResult {
  return render(
    <AppShell host={{ kind: 'sharepoint', locale: 'nl-NL', ...host }} instanceId="n1">
      <VitalityNews api={api} locale="nl-NL" pageSize={3} pillarPreset={null} layout="list" showFilter={true} {...overrides} />
    </AppShell>
  );
}
