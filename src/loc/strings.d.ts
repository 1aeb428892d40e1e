// UI strings. SPFx loads lib/loc/{locale}.js through config.json's localizedResources;
// the preview and the tests load the same files. Dutch (nl-nl.js) is the reference.
declare interface ISamenBeterStrings {
  // Shared
  Loading: string;
  Retry: string;
  ErrorGeneric: string;
  ErrorAccessDenied: string;
  ErrorThrottled: string;
  ErrorNetwork: string;
  ErrorNotFound: string;
  ErrorThreshold: string;
  ErrorConflict: string;
  ErrorNotProvisioned: string;
  PillarKracht: string;
  PillarSamen: string;
  PillarBeter: string;
  ThemeFysiek: string;
  ThemeMentaal: string;
  ThemeVoeding: string;
  ThemeWerkomgeving: string;
  ThemeMotivatie: string;
  // Web part property pane
  PropertyPaneDescription: string;
  PlanningUrlFieldLabel: string;
  ShowPlanningLinkFieldLabel: string;
  // Thema van de week
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

declare module 'SamenBeterStrings' {
  const strings: ISamenBeterStrings;
  export = strings;
}
