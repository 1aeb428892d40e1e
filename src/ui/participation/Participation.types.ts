import { ParticipationApi, ParticipationDashboard } from '../../data/contracts/IParticipationApi';
import { UiLocale } from '../host/hostTypes';

export interface ParticipationProps {
  /** Built from a PnPjs instance by data/views/participationApi (SPFx and the preview alike). */
  api: ParticipationApi;
  /** The clock; the preview and tests set it. */
  now: () => Date;
  locale: UiLocale;
}

export interface DashboardViewProps {
  api: ParticipationApi;
  dashboard: ParticipationDashboard;
  now: () => Date;
  locale: UiLocale;
  /** The missing periods are computed: load the year again. */
  onComputed: (count: number) => void;
}
