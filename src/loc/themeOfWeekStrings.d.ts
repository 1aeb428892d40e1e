// Thema van de week and its property pane.
declare interface IThemeOfWeekStrings {
  PropertyPaneDescription: string;
  PlanningUrlFieldLabel: string;
  ShowPlanningLinkFieldLabel: string;
  ThemeOfWeekTitle: string;
  ThemeOfWeekLoading: string;
  ThemeOfWeekWeekLabel: string;
  ThemeOfWeekPillarLabel: string;
  ThemeOfWeekTipLabel: string;
  ThemeOfWeekReadMore: string;
  ThemeOfWeekEmptyTitle: string;
  ThemeOfWeekEmptyText: string;
  ThemeOfWeekPlanningLink: string;
  ThemeOfWeekImageAlt: string;
}
