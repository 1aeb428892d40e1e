import { Pillar } from '../../core/types';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { NewsApi } from '../../data/contracts/INewsApi';

export type NewsLayout = 'list' | 'grid';

export interface VitalityNewsProps {
  /** Built from a PnPjs instance by data/views/newsApi (SPFx and the preview alike). */
  api: NewsApi;
  locale: DisplayLocale;
  /** Posts per page ("Meer laden" fetches the next). */
  pageSize: number;
  /** The pillar the feed starts with; null = all pillars. */
  pillarPreset: Pillar | null;
  /** One column, or responsive tiles (one column on phones). */
  layout: NewsLayout;
  /** Show the pillar filter (Alle / Kracht / Samen / Beter). */
  showFilter: boolean;
}
