// Types of scripts/readme.mjs, for the tests that import it.
export declare const REQUIRED_SECTIONS: string[];
export declare const SECTIONS: string[];
export type Sections = Record<'inputs' | 'outputs' | 'rules' | 'config', string>;
export declare function cell(text: unknown): string;
export declare function renderInputs(action: { inputs?: Record<string, { description?: string; default?: string }> }): string;
export declare function renderOutputs(action: { outputs?: Record<string, { description?: string }> }): string;
export declare function renderRules(
  metas: { id: string; name: string; title: string; severity: string; docs: string; restart: boolean }[],
): string;
export declare function renderConfig(schema: { properties?: Record<string, unknown> }): string;
export declare function renderSections(root: string): Sections;
export declare function updateReadme(text: string, sections: Sections): { text: string; missing: string[] };
