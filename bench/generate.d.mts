// Types for bench/generate.mjs, so TypeScript tests can import it.
export declare const GENERATOR_VERSION: number;

export interface SeededDefect {
  ruleId: string;
  instance: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface CorpusInfo {
  generator: number;
  kind: 'corpus';
  scale: number;
  seed: string | number;
  files: number;
  bytes: number;
  defects: SeededDefect[];
  /** Unrelated files that mention a candidate marker anyway. */
  sniffDecoys: string[];
  seconds: number;
}

export interface CrossFileInfo {
  generator: number;
  kind: 'cross-file';
  groups: number;
  seed: string | number;
  files: number;
  bytes: number;
  defects: SeededDefect[];
  nearMisses: number;
  expected: string;
  sample: { group: string; dashboard: string }[];
  seconds: number;
}

export declare function generateCorpus(options: { out: string; scale?: number; seed?: string | number }): CorpusInfo;
export declare function generateCrossFileCorpus(options: {
  out: string;
  groups?: number;
  nearMissRate?: number;
  seed?: string | number;
}): CrossFileInfo;
