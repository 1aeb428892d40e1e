import { CatalogueFilterValues } from './catalogueFilter';

export interface ActivityFiltersProps {
  values: CatalogueFilterValues;
  onChange: (change: Partial<CatalogueFilterValues>) => void;
  onReset: () => void;
  /** Locations seen among the loaded activities, for the location filter. */
  locations: string[];
}
