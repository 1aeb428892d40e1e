import type { PublishedYear } from '../../core/participation/publicationTypes';
import { UiLocale } from '../host/hostTypes';

export interface CustomRangeProps {
  year: PublishedYear;
  locale: UiLocale;
}
