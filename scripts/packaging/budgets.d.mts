export declare const BUNDLE_BUDGETS_KB: Record<string, number>;
export interface AssetSize {
  file: string;
  bundle: string | undefined;
  raw: number;
  gzip: number;
}
export declare function entryBundleOf(fileName: string): string | undefined;
export declare function measureAssets(assetsDir: string): AssetSize[];
export declare function checkBudgets(assets: AssetSize[], budgets?: Record<string, number>): string[];
export declare function describeAssets(assets: AssetSize[], budgets?: Record<string, number>): string[];
