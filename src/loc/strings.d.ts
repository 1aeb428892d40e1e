// UI strings. SPFx loads lib/loc/{locale}.js through config.json's localizedResources;
// the preview and the tests load the same files. Dutch (nl-nl.js) is the reference.
// The keys are declared per web part in the *Strings.d.ts files next to this one.
declare interface ISamenBeterStrings
  extends ISharedStrings,
    IThemeOfWeekStrings,
    IActivitiesStrings,
    IStudioStrings,
    INewsStrings,
    ICalendarStrings,
    IParticipationStrings {}

declare module 'SamenBeterStrings' {
  const strings: ISamenBeterStrings;
  export = strings;
}
