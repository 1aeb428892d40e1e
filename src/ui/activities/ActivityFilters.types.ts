import { CatalogueFilterValues, LocationOption } from './catalogueFilter';

export interface ActivityFiltersProps {
  values: CatalogueFilterValues;
  onChange: (change: Partial<CatalogueFilterValues>) => void;
  onReset: () => void;
  /** The places seen among the loaded activities, grouped (catalogueFilter locationOptions). */
  locations: LocationOption[];
}
