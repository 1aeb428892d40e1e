import { DisplayLocale } from '../../core/time/dutchFormat';
import { StudioApi } from '../../data/contracts/IStudioApi';

export interface StudioProps {
  api: StudioApi;
  /** The clock; the preview and tests set it. */
  now: () => Date;
  locale: DisplayLocale;
  /** E-mail address or https URL shown to employees who are not ambassadors. */
  becomeAmbassadorContact: string;
  /** Teams only: the app id Teams reports (for "Controleer deze site"). */
  teamsAppId?: string;
}
