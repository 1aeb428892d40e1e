export interface TeamsApp {
  /** The final manifest.json. */
  manifest: any;
  /** Localization file name -> content. */
  languageFiles: Record<string, Record<string, string>>;
  /** The files of the zip, all at its root. */
  files: Array<{ name: string; data: Buffer }>;
  /** Component ids per kind of tab. */
  tabs: { personal: string[]; configurable: string[] };
  /** The declared activity feed types (`activities.activityTypes[].type`), in order. */
  activityTypes: string[];
  notes: string[];
}

export declare const TEMPLATE: string;
export declare const TEAMS_APP_ZIP: string;
export declare const SHAREPOINT_ONLINE_APP_ID: string;
export declare const WEB_APPLICATION_ID_ENV: string;
export declare function personalTabUrl(componentId: string): string;
export declare function configurableTabUrl(componentId: string): string;
export declare function schemaUrl(manifestVersion: string, kind?: string): string;
export declare function buildTeamsApp(root: string, options?: { webApplicationId?: string }): TeamsApp;
