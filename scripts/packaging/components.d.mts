export type LocalizedString = string | ({ default: string } & Record<string, string>);

export interface ComponentInfo {
  bundle: string;
  manifestPath: string;
  id: string;
  alias: string;
  componentType: string;
  version: string;
  supportedHosts: string[];
  title: LocalizedString | undefined;
  description: LocalizedString | undefined;
}

export declare const GUID: RegExp;
export declare function parseJsonc(text: string, file?: string): any;
export declare function readJson(root: string, file: string): any;
export declare function localized(value: LocalizedString | undefined, languageTag: string): string | undefined;
export declare function loadComponents(root: string): ComponentInfo[];
export declare function loadBundleConfig(root: string): {
  bundles: string[];
  localizedResources: Array<{ name: string; pattern: string }>;
};
