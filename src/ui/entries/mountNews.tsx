import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Pillar } from '../../core/types';
import { NewsApi } from '../../data/contracts/INewsApi';
import { ISetupApi } from '../../data/contracts/ISetupApi';
import { AppShell } from '../host/AppShell';
import { HostInfo } from '../host/hostTypes';
import { VitalityNews } from '../news/VitalityNews';

export interface NewsMountProps {
  host: HostInfo;
  instanceId: string;
  /** Built from a PnPjs instance by data/views/newsApi (SPFx and the preview alike). */
  api: NewsApi;
  /** Posts per page (1–20); anything else falls back to 6. */
  pageSize: number;
  /** The pillar the feed starts with; null = all pillars. */
  pillarPreset: Pillar | null;
  layout: 'list' | 'grid';
  showFilter: boolean;
  /** Offered to site owners when the lists are missing or out of date. */
  setup?: ISetupApi;
}

const DEFAULT_PAGE_SIZE = 6;
const MAX_PAGE_SIZE = 20;

/**
 * The one render entry of the Vitaliteitsnieuws web part: the SPFx class and the local
 * preview both call this. Returns the unmount function.
 */
export function mountNews(element: HTMLElement, props: NewsMountProps): () => void {
  const pageSize = props.pageSize > 0 ? Math.min(Math.floor(props.pageSize), MAX_PAGE_SIZE) || DEFAULT_PAGE_SIZE : DEFAULT_PAGE_SIZE;
  ReactDOM.render(
    <AppShell host={props.host} instanceId={props.instanceId} setup={props.setup}>
      <VitalityNews
        api={props.api}
        locale={props.host.locale}
        pageSize={pageSize}
        pillarPreset={props.pillarPreset}
        layout={props.layout === 'grid' ? 'grid' : 'list'}
        showFilter={props.showFilter}
      />
    </AppShell>,
    element
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
