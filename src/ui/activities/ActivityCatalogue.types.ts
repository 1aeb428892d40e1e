export interface ActivityCatalogueProps {
  pageSize: number;
  showFilters: boolean;
}
