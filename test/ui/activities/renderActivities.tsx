import * as React from 'react';
import { configure, render, RenderResult } from '@testing-library/react';
import { AppShell } from '../../../src/ui/host/AppShell';
import { HostKind } from '../../../src/ui/host/hostTypes';
import { Activities } from '../../../src/ui/activities/Activities';
import { ActivitiesProps } from '../../../src/ui/activities/Activities.types';
import { FakeActivitiesApi, NOW } from './fakeActivitiesApi';

// jsdom does no layout, and under load Fluent's modal focus management (tabster) can
// briefly mark the open dialog's own content aria-hidden there, which makes role
// queries flaky. These component tests therefore also see aria-hidden elements; real
// accessibility (the dialog is NOT aria-hidden, axe is clean) is asserted in Chromium
// by test/browser/activities.test.ts.
configure({ defaultHidden: true });

export const PAGE_URL = 'https://gemeente.sharepoint.com/sites/stella/SitePages/Home.aspx?mode=view';

export function renderActivities(api: FakeActivitiesApi, overrides: Partial<ActivitiesProps> = {}): RenderResult {
  const hostKind: HostKind = overrides.hostKind || 'sharepoint';
  return render(
    <AppShell host={{ kind: hostKind, locale: 'nl-NL', teamsTheme: 'default' }} instanceId="t1">
      <Activities
        api={api}
        now={() => NOW}
        locale="nl-NL"
        hostKind={hostKind}
        pageSize={12}
        showFilters={true}
        share={{ pageUrl: PAGE_URL }}
        uidDomain="gemeente.sharepoint.com"
        {...overrides}
      />
    </AppShell>
  );
}
