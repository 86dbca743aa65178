// Types of scripts/rule-help.mjs, for the tests that import it.
export interface ExampleBlock {
  language: string;
  title?: string;
  code: string;
}
export declare const RULES_HELP: string;
export declare function failingExamples(markdown: string): { info: string; code: string }[];
export declare function exampleBlock(fence: { info: string; code: string }): ExampleBlock;
export declare function renderRulesHelp(root: string, policies: { id: string; docs?: string }[]): string;
