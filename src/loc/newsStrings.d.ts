// Vitaliteitsnieuws.
declare interface INewsStrings {
  NewsTitle: string;
  NewsLoading: string;
  NewsListLabel: string;
  NewsFilterLabel: string;
  NewsFilterAll: string;
  NewsLoadMore: string;
  NewsLoadingMore: string;
  NewsLoadedCount: string;
  NewsLoadedOne: string;
  NewsNoMoreLoaded: string;
  NewsEmptyTitle: string;
  NewsEmptyText: string;
  NewsEmptyFilterText: string;
  NewsShowAll: string;
  NewsPublishedOn: string;
  NewsNationalDay: string;
  NewsOpensInNewWindow: string;
  NewsPageSizeFieldLabel: string;
  NewsPillarPresetFieldLabel: string;
  NewsPillarPresetAll: string;
  NewsLayoutFieldLabel: string;
  NewsLayoutList: string;
  NewsLayoutGrid: string;
  NewsShowFilterFieldLabel: string;
}
