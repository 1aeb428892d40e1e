import { StudioApi } from '../../data/contracts/IStudioApi';
import { UiLocale } from '../host/hostTypes';

export interface RetentionPanelProps {
  api: Pick<StudioApi, 'purgeRegistrations'>;
  now: () => Date;
  locale: UiLocale;
}
