import { DisplayLocale } from '../../core/time/dutchFormat';
import { Activity } from '../../core/types';
import { StudioApi } from '../../data/contracts/IStudioApi';

export interface ParticipantsProps {
  api: StudioApi;
  activity: Activity;
  locale: DisplayLocale;
}
