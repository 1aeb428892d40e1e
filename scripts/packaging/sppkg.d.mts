export interface ExpectedPackage {
  version: string;
  sharePointVersion: string;
  solutionId: string;
  features: Array<{ id: string; title: string }>;
  components: Array<{ id: string; alias: string; componentType: string; version: string; supportedHosts: string[] }>;
  bundles: string[];
  localizedResources: Array<{ name: string; locales: string[] }>;
  /** config/package-solution.json's webApiPermissionRequests (resource and scope). */
  webApiPermissionRequests: Array<{ resource: string; scope: string }>;
}

export declare const SPPKG: string;
export declare const EMBEDDED_TEAMS_APP: string;
export declare function expectedPackage(root: string): ExpectedPackage;
export declare function xmlAttribute(xml: string, element: string, attribute: string): string | undefined;
export declare function xmlElements(xml: string, element: string): Array<Record<string, string>>;
export declare function verifySppkg(sppkg: Buffer, expected: ExpectedPackage, options?: { teamsAppZip?: Buffer }): string[];
