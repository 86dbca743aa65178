// Restart detection (issue 5): a semantic diff of IMS settings between the base revision and the working tree.
// Placeholder until the real implementation lands: it reports that detection did not run.
import type { Config } from '../config/types.js';
import type { Diagnostic } from '../rules/types.js';
import type { Model, ReadResult, RestartResult } from '../types.js';

export interface RestartInput {
  /** Absolute scan root. */
  root: string;
  baseRef?: string;
  config: Config;
  /** What the working tree yielded (every candidate file's read result) and its model. */
  headResults: ReadResult[];
  headModel: Model;
  /** Builds a model from read results (the same function the pipeline uses), for the base revision. */
  buildModel(results: ReadResult[]): Model;
}

export interface RestartOutcome {
  restart: RestartResult;
  /** IMS010 notices, one per changed setting, at the changed line. */
  diagnostics: Diagnostic[];
}

export function detectRestart(input: RestartInput): RestartOutcome {
  return { restart: { required: false, instances: [], changes: [], ...(input.baseRef ? { skipped: 'restart detection is not implemented yet' } : {}) }, diagnostics: [] };
}
