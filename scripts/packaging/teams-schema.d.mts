import type { TeamsApp } from './teams-app.mjs';

export declare const SCHEMA_PACKAGE: string;
export declare function bundledSchemaVersions(root: string): string[];
export declare function schemaFiles(
  root: string,
  manifestVersion: string
): { manifest: string; localization: string; packageVersion: string };
export declare function compileSchema(root: string, schemaFile: string): (data: unknown) => string[];
export declare function validateTeamsApp(root: string, app: Pick<TeamsApp, 'manifest' | 'languageFiles'>): string[];
