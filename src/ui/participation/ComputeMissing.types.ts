import { ParticipationApi } from '../../data/contracts/IParticipationApi';
import { UiLocale } from '../host/hostTypes';

export interface ComputeMissingProps {
  api: ParticipationApi;
  /** The periods to compute, in the order given by the dashboard (months first). */
  missing: string[];
  now: () => Date;
  locale: UiLocale;
  /** Every period is computed: the dashboard reloads (count = how many were computed). */
  onDone: (count: number) => void;
}
