// Types of scripts/generate.mjs, for the tests that import it.
export interface RuleFile {
  id: string;
  exportName: string;
  /** The import specifier, relative to src/rules/ (`./client-id.js`). */
  module: string;
  /** Relative to the repository root (`src/rules/client-id.ts`). */
  path: string;
}
export interface Output {
  path: string;
  current: string;
  next: string;
}
export declare function readRuleFiles(root: string): { rules: RuleFile[]; problems: string[] };
export declare function readPolicies(root: string): { policies: { id: string; docs?: string }[]; problems: string[] };
export declare function crossCheck(rules: RuleFile[], policies: { id: string }[]): string[];
export declare function missingDocsAndTests(root: string, policies: { id: string; docs?: string }[]): string[];
export declare function renderRegistry(rules: RuleFile[]): string;
export declare function generate(root: string): { problems: string[]; incomplete: string[]; outputs: Output[] };
