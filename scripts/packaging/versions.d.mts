export declare const SEMVER: RegExp;
export declare function sourceVersion(root: string): string;
export declare function toSharePointVersion(version: string): string;
export declare function versionPlaces(root: string): {
  version: string;
  places: Array<{ where: string; found: unknown; expected: string }>;
};
export declare function checkVersions(root: string): { version: string; problems: string[] };
export declare function syncVersions(root: string): { version: string; changed: string[] };
